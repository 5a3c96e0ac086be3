"""async_lint_tools: the installed plugin and clang-tidy as a repository, so
the aspect's actions take them as inputs (docs/bazel.md)."""

def _async_lint_tools_impl(rctx):
    plugin = rctx.path(rctx.attr.plugin)
    if not plugin.exists:
        fail("async-lint: no plugin at %s; install async-lint (docs/install.md) or set plugin" % plugin)
    clang_tidy = rctx.attr.clang_tidy
    tidy = rctx.path(clang_tidy) if "/" in clang_tidy else rctx.which(clang_tidy)
    if tidy == None or not tidy.exists:
        fail("async-lint: %s not found; it must be the clang-tidy the plugin was built for" % clang_tidy)
    rctx.symlink(plugin, "libAsyncLint.so")
    rctx.symlink(tidy, "clang-tidy")
    rctx.file("BUILD.bazel", 'exports_files(["libAsyncLint.so", "clang-tidy"], visibility = ["//visibility:public"])\n')

async_lint_tools = repository_rule(
    implementation = _async_lint_tools_impl,
    attrs = {
        "plugin": attr.string(default = "/usr/lib/async-lint/libAsyncLint.so"),
        "clang_tidy": attr.string(default = "clang-tidy-22"),
    },
    local = True,
)
