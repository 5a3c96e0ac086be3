//===--- QualifiedNameSet.cpp - async-lint --------------------------------===//

#include "QualifiedNameSet.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::async {

std::string lookupName(const NamedDecl &D) {
  if (const IdentifierInfo *II = D.getIdentifier())
    return II->getName().str();
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&D))
    return Ctor->getParent()->getName().str();
  if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(&D))
    return "~" + Dtor->getParent()->getName().str();
  return D.getNameAsString();
}

QualifiedNameSet::QualifiedNameSet(llvm::ArrayRef<llvm::StringRef> Names) {
  for (llvm::StringRef Name : Names) {
    Name = Name.trim();
    if (Name.empty())
      continue;
    Entry E;
    E.FullyQualified = Name.consume_front("::");
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    Name.split(Parts, "::");
    for (llvm::StringRef Part : Parts)
      E.Scopes.push_back(Part.str());
    ByLastName[E.Scopes.back()].push_back(Entries.size());
    Entries.push_back(std::move(E));
  }
}

/// The next enclosing scope that has a name of its own in a qualified name.
static const DeclContext *nextNamedScope(const DeclContext *DC) {
  while (DC && !DC->isTranslationUnit()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (!NS->isInline())
        return DC;
    } else if (isa<RecordDecl>(DC) || isa<FunctionDecl>(DC)) {
      return DC;
    }
    // Inline namespaces, extern "C" blocks, export blocks: transparent.
    DC = DC->getParent();
  }
  return DC;
}

bool QualifiedNameSet::scopesMatch(const Entry &E,
                                   const DeclContext *Scope) const {
  // Scopes.back() is the declaration itself, already compared.
  for (size_t I = E.Scopes.size() - 1; I-- > 0;) {
    Scope = nextNamedScope(Scope);
    if (!Scope || Scope->isTranslationUnit())
      return false;
    const auto *ND = cast<NamedDecl>(Decl::castFromDeclContext(Scope));
    llvm::StringRef Name = ND->getName();
    if (Name.empty() && isa<NamespaceDecl>(ND))
      Name = "(anonymous namespace)";
    if (Name != E.Scopes[I])
      return false;
    Scope = Scope->getParent();
  }
  if (!E.FullyQualified)
    return true;
  Scope = nextNamedScope(Scope);
  return !Scope || Scope->isTranslationUnit();
}

std::optional<unsigned>
QualifiedNameSet::findIn(llvm::StringRef Name, const DeclContext *Scope) const {
  auto It = ByLastName.find(Name);
  if (It == ByLastName.end())
    return std::nullopt;
  for (unsigned Index : It->second)
    if (scopesMatch(Entries[Index], Scope))
      return Index;
  return std::nullopt;
}

std::optional<unsigned> QualifiedNameSet::find(const NamedDecl &D) const {
  if (ByLastName.empty())
    return std::nullopt;
  return findIn(lookupName(D), D.getDeclContext());
}

std::optional<unsigned>
QualifiedNameSet::findMember(const CXXRecordDecl &ObjectClass,
                             const NamedDecl &Member) const {
  if (std::optional<unsigned> Direct = find(Member))
    return Direct;
  if (ByLastName.empty())
    return std::nullopt;
  // Seen through the object's own class: ObjectClass::Member.
  const DeclContext *ClassAsScope = &ObjectClass;
  return findIn(lookupName(Member), ClassAsScope);
}

} // namespace clang::tidy::async
