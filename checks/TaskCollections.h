//===--- TaskCollections.h - async-lint -------------------------*- C++ -*-===//
//
// How many tasks a collection holds: fixed by the program (a constant trip
// count, a fixed-size type) or grown with the input. Shared by
// async-unbounded-fan-out, async-all-or-nothing-wait and the advice of
// async-await-in-loop, so that one check's advice is not another's finding.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_TASKCOLLECTIONS_H
#define ASYNC_LINT_CHECKS_TASKCOLLECTIONS_H

#include "clang/AST/Type.h"
#include <cstdint>
#include <optional>

namespace clang {
class ASTContext;
class Expr;
class Stmt;
namespace tidy::async {

/// The number of elements of a type whose size is part of it: a built-in
/// array or std::array.
std::optional<uint64_t> fixedSizeOf(QualType T, const ASTContext &Context);

/// The number of times \p Loop runs, when the source fixes it: a range-for
/// over an initializer list or a fixed-size type, a `for` counting from a
/// constant to a constant bound (`i < K`, `i <= K`, `i != K`).
std::optional<uint64_t> constantTripCount(const Stmt &Loop,
                                          const ASTContext &Context);

/// The bound of a `for` loop's condition `i < bound` (`<=`, `!=`), or null.
const Expr *forLoopBound(const Stmt &Loop);

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_TASKCOLLECTIONS_H
