//===--- Sources.h - async-lint -------------------------------*- C++ -*-===//
//
// File contents read once, for line/column numbers and source lines.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_SOURCES_H
#define ASYNC_LINT_TOOL_SOURCES_H

#include "Finding.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>

namespace async_lint {

class Sources {
public:
  /// The file's text, or "" when it cannot be read.
  llvm::StringRef text(llvm::StringRef File);
  /// Fills in Line and Column from File and Offset.
  void resolve(Location &Loc);
  /// The whole line holding \p Loc, without its line break.
  llvm::StringRef lineOf(const Location &Loc);

private:
  llvm::StringMap<std::unique_ptr<llvm::MemoryBuffer>> Files;
};

/// Makes \p Path relative to \p Root when it is inside it.
std::string relativeTo(llvm::StringRef Path, llvm::StringRef Root);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_SOURCES_H
