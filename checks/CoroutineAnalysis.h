//===--- CoroutineAnalysis.h - async-lint -----------------------*- C++ -*-===//
//
// Facts about coroutines that every async-* check asks for.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_COROUTINEANALYSIS_H
#define ASYNC_LINT_CHECKS_COROUTINEANALYSIS_H

#include "LibraryKnowledge.h"
#include "QualifiedNameSet.h"
#include "clang/AST/Type.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang {
class FunctionDecl;
class Stmt;
namespace tidy::async {

/// Matches a function, member function or lambda call operator that is
/// defined with a coroutine body, binding the body the user wrote as "body"
/// and the function as "coroutine".
ast_matchers::DeclarationMatcher coroutineDefinition();

/// The statements the user wrote in \p F, if \p F is a coroutine definition.
const Stmt *userBodyOfCoroutine(const FunctionDecl &F);

/// Whether \p F is the call operator of a lambda.
bool isLambdaCallOperator(const FunctionDecl &F);

/// Maps coroutine return types to their library, from a `type=library` list
/// (the CoroutineTypes option).
class CoroutineLibraries {
public:
  explicit CoroutineLibraries(llvm::StringRef TypeList);

  /// The library of a coroutine returning \p T, or "" when unknown.
  llvm::StringRef libraryOfType(QualType T) const;
  /// The library of coroutine \p F, or "" when unknown.
  llvm::StringRef libraryOf(const FunctionDecl &F) const;

private:
  std::vector<knowledge::Entry> Entries;
  QualifiedNameSet Types;
};

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_COROUTINEANALYSIS_H
