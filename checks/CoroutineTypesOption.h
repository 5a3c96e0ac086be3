//===--- CoroutineTypesOption.h - async-lint --------------------*- C++ -*-===//
//
// The coroutine types a check knows, from two options: CoroutineTypes
// replaces the built-in list, AdditionalCoroutineTypes adds to it. A list
// that replaces the built-in one and leaves out a library the translation
// unit uses silently drops that library's fix-its and knowledge, so each
// unit that declares such a library's coroutine type gets a configuration
// warning.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_COROUTINETYPESOPTION_H
#define ASYNC_LINT_CHECKS_COROUTINETYPESOPTION_H

#include "LibraryKnowledge.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <string>
#include <vector>

namespace clang::tidy::async {

class CoroutineTypesOption : public ast_matchers::MatchFinder::MatchCallback {
public:
  CoroutineTypesOption(llvm::StringRef CheckName, ClangTidyCheck &Check,
                       const ClangTidyCheck::OptionsView &Options);

  /// The `type=library` list in effect.
  const std::string &list() const { return Effective; }

  void store(const ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Opts) const;

  /// Warns, once per translation unit, about the libraries a replacing list
  /// leaves out that the unit uses.
  void registerMatchers(ast_matchers::MatchFinder &Finder);
  void run(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  ClangTidyCheck &Check;
  std::string Replacing;  // CoroutineTypes as configured
  std::string Additional; // AdditionalCoroutineTypes
  std::string Effective;
  // The key that set CoroutineTypes, "" when it keeps the built-in list.
  std::string ReplacingKey;
  // Built-in entries whose library the list in effect does not name.
  std::vector<knowledge::Entry> LeftOut;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_COROUTINETYPESOPTION_H
