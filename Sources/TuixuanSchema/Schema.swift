/// Looks up a file of the embedded `Schema/` folder by its relative path.
public enum SchemaFiles {
    public static func text(at path: String) -> String? {
        EmbeddedSchema.files.first { $0.path == path }?.text
    }

    /// The embedded files whose relative path starts with `folder + "/"`, in path order.
    public static func files(in folder: String) -> [(path: String, text: String)] {
        EmbeddedSchema.files.filter { $0.path.hasPrefix(folder + "/") }
    }
}
