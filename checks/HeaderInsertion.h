//===--- HeaderInsertion.h - async-lint -------------------------*- C++ -*-===//
//
// A fix-it that introduces a library's names must also include the headers
// that declare them, or the fixed file does not compile.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_HEADERINSERTION_H
#define ASYNC_LINT_CHECKS_HEADERINSERTION_H

#include "clang-tidy/utils/IncludeInserter.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::async {

/// Attaches to \p Diag the insertion of each header of \p Headers, a
/// `,`-separated list such as `<a/b.h>,<c>`, into \p File, unless the file
/// already includes it.
inline void insertHeaders(utils::IncludeInserter &Inserter, FileID File,
                          llvm::StringRef Headers, DiagnosticBuilder &Diag) {
  llvm::SmallVector<llvm::StringRef, 4> Names;
  Headers.split(Names, ',', -1, false);
  for (llvm::StringRef Header : Names)
    if (!Header.trim().empty())
      Diag << Inserter.createIncludeInsertion(File, Header.trim());
}

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_HEADERINSERTION_H
