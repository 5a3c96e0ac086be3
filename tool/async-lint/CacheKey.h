//===--- CacheKey.h - async-lint ------------------------------*- C++ -*-===//
//
// What a translation unit's findings depend on before any file is read:
// the tool, the compile command and the effective check options.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_CACHEKEY_H
#define ASYNC_LINT_TOOL_CACHEKEY_H

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <string>

namespace async_lint {

/// The async-lint version, the LLVM version and a hash of the executable
/// (which holds the checks): any rebuild with other checks changes it.
std::string toolIdentity();

/// A text holding everything else a unit's result depends on besides the
/// content of the files it reads: \p Tool, the unit, its compile commands
/// and the merged .clang-tidy options for it (Checks, CheckOptions, extra
/// arguments). Equal texts mean the same analysis.
std::string cacheKeyMaterial(llvm::StringRef Tool, llvm::StringRef File,
                             const clang::tooling::CompilationDatabase &DB,
                             const clang::tidy::ClangTidyOptions &Options);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_CACHEKEY_H
