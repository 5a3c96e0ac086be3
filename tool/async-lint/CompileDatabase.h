//===--- CompileDatabase.h - async-lint -----------------------*- C++ -*-===//
//
// Finding compile_commands.json and choosing the translation units to lint.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_COMPILEDATABASE_H
#define ASYNC_LINT_TOOL_COMPILEDATABASE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace async_lint {

struct Project {
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  std::string DatabasePath;       // the compile_commands.json read
  std::vector<std::string> Units; // absolute, sorted, unique
  std::vector<std::string> AllUnits; // every unit of the database, sorted
  // Files given as paths that are not units (headers): linted through the
  // units that include them (Includers.h).
  std::vector<std::string> OtherFiles;
  std::string Root;               // absolute, no trailing separator
};

/// Loads the database from \p BuildPath, or else from the current directory,
/// its build/ subdirectory and their parents; keeps the units under \p Paths
/// (all when empty). Errors are one-line messages.
llvm::Expected<Project> loadProject(llvm::StringRef BuildPath,
                                    const std::vector<std::string> &Paths,
                                    llvm::StringRef Root);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_COMPILEDATABASE_H
