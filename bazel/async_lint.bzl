"""async_lint_aspect: clang-tidy with the async-lint plugin on every C++
source of the targets it visits, one ordinary action per source, so results
are cached and can run remotely like compiles (docs/bazel.md).

  bazel build //... --aspects=@async_lint//:async_lint.bzl%async_lint_aspect \\
      --output_groups=async_lint [--@async_lint//:fail_on_findings]
"""

AsyncLintInfo = provider(fields = {"reports": "depset of the reports of a target and its deps"})

_FlagInfo = provider(fields = {"value": "bool"})

def _flag_impl(ctx):
    return [_FlagInfo(value = ctx.build_setting_value)]

async_lint_flag = rule(implementation = _flag_impl, build_setting = config.bool(flag = True))

_SOURCES = ["cc", "cpp", "cxx", "c++", "C"]

def _compile_flags(target, ctx):
    cc = target[CcInfo].compilation_context
    flags = ["-D" + d for d in cc.defines.to_list() + cc.local_defines.to_list()]
    flags += ["-I" + d for d in cc.includes.to_list()]
    flags += ["-iquote" + d for d in cc.quote_includes.to_list()]
    flags += ["-isystem" + d for d in cc.system_includes.to_list()]
    # The toolchain's own flags are left out: the autodetected one is GCC's,
    # and clang rejects some of them. The target's and the command line's stay.
    flags += ctx.fragments.cpp.copts + ctx.fragments.cpp.cxxopts
    flags += getattr(ctx.rule.attr, "copts", [])
    return flags

def _async_lint_aspect_impl(target, ctx):
    deps = [dep[AsyncLintInfo].reports for dep in getattr(ctx.rule.attr, "deps", []) if AsyncLintInfo in dep]
    sources = []
    if CcInfo in target and hasattr(ctx.rule.attr, "srcs"):
        for src in ctx.rule.attr.srcs:
            sources += [f for f in src.files.to_list() if f.extension in _SOURCES]
    if not sources:
        reports = depset(transitive = deps)
        return [AsyncLintInfo(reports = reports), OutputGroupInfo(async_lint = reports)]

    cc = target[CcInfo].compilation_context
    flags = _compile_flags(target, ctx)
    fail_on_findings = "1" if ctx.attr._fail_on_findings[_FlagInfo].value else "0"
    source_reports = []
    for src in sources:
        report = ctx.actions.declare_file("%s.async-lint/%s.txt" % (ctx.label.name, src.short_path))
        args = ctx.actions.args()
        args.add(report)
        args.add(fail_on_findings)
        args.add(ctx.file._clang_tidy)
        args.add(ctx.file._plugin, format = "-load=%s")
        args.add("-checks=-*,async-*")
        args.add("--quiet")
        args.add(src)
        args.add("--")
        args.add_all(flags)
        ctx.actions.run(
            executable = ctx.executable._runner,
            arguments = [args],
            inputs = depset([src, ctx.file._plugin, ctx.file._clang_tidy], transitive = [cc.headers]),
            outputs = [report],
            mnemonic = "AsyncLint",
            progress_message = "async-lint %s" % src.short_path,
        )
        source_reports.append(report)

    # One report per target: its sources' reports in order.
    target_report = ctx.actions.declare_file("%s.async-lint.txt" % ctx.label.name)
    ctx.actions.run_shell(
        inputs = source_reports,
        outputs = [target_report],
        command = 'out="$1"; shift; cat "$@" > "$out"',
        arguments = [target_report.path] + [r.path for r in source_reports],
        mnemonic = "AsyncLintReport",
    )
    reports = depset([target_report], transitive = deps)
    return [AsyncLintInfo(reports = reports), OutputGroupInfo(async_lint = reports)]

async_lint_aspect = aspect(
    implementation = _async_lint_aspect_impl,
    attr_aspects = ["deps"],
    fragments = ["cpp"],
    attrs = {
        "_runner": attr.label(default = Label("//:run_clang_tidy.sh"), allow_single_file = True, executable = True, cfg = "exec"),
        "_plugin": attr.label(default = Label("@async_lint_tools//:libAsyncLint.so"), allow_single_file = True),
        "_clang_tidy": attr.label(default = Label("@async_lint_tools//:clang-tidy"), allow_single_file = True),
        "_fail_on_findings": attr.label(default = Label("//:fail_on_findings")),
    },
)
