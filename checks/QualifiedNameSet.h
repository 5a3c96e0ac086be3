//===--- QualifiedNameSet.h - async-lint ------------------------*- C++ -*-===//
//
// Matches declarations against a list of qualified names from a check option.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_QUALIFIEDNAMESET_H
#define ASYNC_LINT_CHECKS_QUALIFIEDNAMESET_H

#include "clang/AST/DeclBase.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class NamedDecl;
class CXXRecordDecl;
namespace tidy::async {

/// A set of qualified names ("::std::this_thread::sleep_for", or without the
/// leading "::" to match any enclosing scope, as `hasName` does) that answers
/// "which entry names this declaration?" without building strings.
///
/// Inline namespaces (libstdc++'s __cxx11, libc++'s __1), `extern "C"` blocks
/// and template arguments are ignored, so `std::future<int>::get` matches
/// "::std::future::get".
class QualifiedNameSet {
public:
  QualifiedNameSet() = default;
  explicit QualifiedNameSet(llvm::ArrayRef<llvm::StringRef> Names);

  /// The index of the first entry naming \p D.
  std::optional<unsigned> find(const NamedDecl &D) const;

  /// The index of the first entry naming member \p Member as seen through an
  /// object of class \p ObjectClass (which may derive from the class that
  /// declares it): "::std::future::wait" matches `f.wait()` although
  /// libstdc++ declares `wait` in a base class.
  std::optional<unsigned> findMember(const CXXRecordDecl &ObjectClass,
                                     const NamedDecl &Member) const;

  /// Whether any entry ends in the unqualified name \p Name: a cheap filter.
  bool mayContain(llvm::StringRef Name) const { return ByLastName.count(Name); }

  bool empty() const { return Entries.empty(); }

private:
  struct Entry {
    llvm::SmallVector<std::string, 4> Scopes; // innermost last
    bool FullyQualified = false;
  };
  std::optional<unsigned> findIn(llvm::StringRef Name,
                                 const DeclContext *Scope) const;
  bool scopesMatch(const Entry &E, const DeclContext *Scope) const;

  std::vector<Entry> Entries;
  llvm::StringMap<llvm::SmallVector<unsigned, 1>> ByLastName;
};

/// The name a declaration is looked up by: the identifier, or the class name
/// for constructors and destructors ("~name").
std::string lookupName(const NamedDecl &D);

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_QUALIFIEDNAMESET_H
