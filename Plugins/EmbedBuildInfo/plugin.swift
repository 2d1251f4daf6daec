import Foundation
import PackagePlugin

/// Generates `BuildInfo.swift`: the release number from the package's `VERSION` file and the commit the sources were built
/// from, read from `.git` (no git program needed; "unknown" when built from a tree without `.git`). Its inputs are the files
/// that move when a commit is made (`.git/HEAD`, the branch's ref, `packed-refs`), so a new commit regenerates it, and
/// only the one small target that carries it is compiled again.
@main
struct EmbedBuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        let version = root.appending(path: "VERSION")
        let git = gitDirectory(root)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildInfo.swift")
        var inputs = [version]
        if let git {
            inputs += [git.appending(path: "HEAD"), git.appending(path: "packed-refs")]
            if let head = try? String(contentsOf: git.appending(path: "HEAD"), encoding: .utf8), head.hasPrefix("ref: ") {
                inputs.append(git.appending(path: head.dropFirst("ref: ".count).trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding the version and commit",
                executable: try context.tool(named: "BuildInfoEmbedder").url,
                arguments: [version.path(percentEncoded: false), git?.path(percentEncoded: false) ?? "-", output.path(percentEncoded: false)],
                inputFiles: inputs.filter { FileManager.default.fileExists(atPath: $0.path(percentEncoded: false)) },
                outputFiles: [output]
            )
        ]
    }

    /// `.git` as a folder, or the folder a `.git` file points to (a worktree).
    private func gitDirectory(_ root: URL) -> URL? {
        let dotGit = root.appending(path: ".git")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path(percentEncoded: false), isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { return dotGit }
        guard let text = try? String(contentsOf: dotGit, encoding: .utf8), text.hasPrefix("gitdir: ") else { return nil }
        let path = text.dropFirst("gitdir: ".count).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appending(path: path)
    }
}
