// The release number and the commit, generated at build time by Plugins/EmbedBuildInfo into `BuildInfo`.
// A target of its own, imported by one file of the command line: a new commit recompiles this and that file only.
