//===--- CoroutineTypesOption.cpp - async-lint ----------------------------===//

#include "CoroutineTypesOption.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::async {

using namespace ast_matchers;

namespace {
constexpr llvm::StringLiteral UnitBinding = "unit";

/// Whether the unit declares \p QualifiedName ("::boost::asio::awaitable"),
/// found by name lookup through its namespaces and classes. Inline
/// namespaces (libc++'s __1) are looked through, as name lookup does.
bool declares(const ASTContext &Context, llvm::StringRef QualifiedName) {
  QualifiedName.consume_front("::");
  const DeclContext *Scope = Context.getTranslationUnitDecl();
  while (Scope) {
    auto [Name, Rest] = QualifiedName.split("::");
    auto Identifier = Context.Idents.find(Name);
    if (Identifier == Context.Idents.end())
      return false;
    DeclContextLookupResult Found = Scope->lookup(Identifier->getValue());
    if (Found.empty())
      return false;
    if (Rest.empty())
      return true;
    const DeclContext *Inner = nullptr;
    for (const NamedDecl *D : Found)
      if (isa<NamespaceDecl, CXXRecordDecl>(D))
        Inner = cast<DeclContext>(D);
    Scope = Inner;
    QualifiedName = Rest;
  }
  return false;
}
} // namespace

CoroutineTypesOption::CoroutineTypesOption(
    llvm::StringRef CheckName, ClangTidyCheck &Check,
    const ClangTidyCheck::OptionsView &Options)
    : Check(Check), Replacing(Options.getLocalOrGlobal(
                        "CoroutineTypes", knowledge::CoroutineTypes)),
      Additional(Options.getLocalOrGlobal("AdditionalCoroutineTypes", "")) {
  Effective = Additional.empty() ? Replacing : Replacing + ";" + Additional;
  if (Options.get("CoroutineTypes"))
    ReplacingKey = (CheckName + ".CoroutineTypes").str();
  else if (Replacing != knowledge::CoroutineTypes)
    ReplacingKey = "CoroutineTypes";
  if (ReplacingKey.empty())
    return;
  llvm::StringSet<> Named;
  for (const knowledge::Entry &E : knowledge::parseEntries(Effective))
    Named.insert(E.Value);
  for (const knowledge::Entry &E :
       knowledge::parseEntries(knowledge::CoroutineTypes))
    if (!Named.contains(E.Value))
      LeftOut.push_back(E);
}

void CoroutineTypesOption::store(const ClangTidyCheck::OptionsView &Options,
                                 ClangTidyOptions::OptionMap &Opts) const {
  Options.store(Opts, "CoroutineTypes", Replacing);
  Options.store(Opts, "AdditionalCoroutineTypes", Additional);
}

void CoroutineTypesOption::registerMatchers(MatchFinder &Finder) {
  if (!LeftOut.empty())
    Finder.addMatcher(translationUnitDecl().bind(UnitBinding), this);
}

void CoroutineTypesOption::run(const MatchFinder::MatchResult &Result) {
  llvm::StringSet<> Warned;
  for (const knowledge::Entry &E : LeftOut) {
    if (Warned.contains(E.Value) || !declares(*Result.Context, E.Key))
      continue;
    Warned.insert(E.Value);
    // Every check reading the same key words it alike, and clang-tidy
    // reports identical configuration warnings of a unit once.
    Check.configurationDiag(
        "'%0' replaces the built-in coroutine types and leaves out %1 "
        "('%2'), which this translation unit uses: its coroutines lose the "
        "library's fix-its and knowledge; set 'AdditionalCoroutineTypes' to "
        "add types to the built-in list instead")
        << ReplacingKey << E.Value << E.Key.ltrim(':');
  }
}

} // namespace clang::tidy::async
