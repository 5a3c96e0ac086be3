//===--- BlockingFunctions.cpp - async-lint -------------------------------===//

#include "BlockingFunctions.h"
#include "CallTargets.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::async {

BlockingFunctions::BlockingFunctions(const BlockingFunctionLists &Lists) {
  add(BlockingKind::SyncWait, Lists.SyncWait);
  add(BlockingKind::Sleep, Lists.Sleep);
  add(BlockingKind::Generic, Lists.Blocking);
  add(BlockingKind::Generic, Lists.AdditionalBlocking);
  add(BlockingKind::PosixIO, Lists.PosixIO);
  add(BlockingKind::Mutex, Lists.Mutex);
}

void BlockingFunctions::add(BlockingKind Kind, llvm::StringRef List) {
  std::vector<knowledge::Entry> Entries = knowledge::parseEntries(List);
  if (Entries.empty())
    return;
  QualifiedNameSet Names(knowledge::keysOf(Entries));
  Categories.push_back({Kind, std::move(Entries), std::move(Names)});
}

/// The declaration a call names; for a constructor call, the constructor.
static const NamedDecl *calledDecl(const Expr &Call) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Call))
    return Construct->getConstructor();
  return calleeOf(Call);
}

std::optional<BlockingCallee>
BlockingFunctions::classify(const Expr &Call) const {
  const NamedDecl *Callee = calledDecl(Call);
  if (!Callee || Call.containsErrors())
    return std::nullopt;
  // Cheap filter first: most calls have names no list mentions.
  std::string Storage;
  llvm::StringRef Name;
  if (const IdentifierInfo *Identifier = Callee->getIdentifier())
    Name = Identifier->getName();
  else
    Name = Storage = lookupName(*Callee);
  const CXXRecordDecl *ObjectClass = objectClassOf(Call);
  for (const Category &C : Categories) {
    if (!C.Names.mayContain(Name))
      continue;
    std::optional<unsigned> Index = ObjectClass
                                        ? C.Names.findMember(*ObjectClass, *Callee)
                                        : C.Names.find(*Callee);
    if (Index)
      return BlockingCallee{Callee, C.Kind, C.Entries[*Index].Value};
  }
  return std::nullopt;
}

std::optional<BlockingCallee>
BlockingFunctions::classifyFunction(const NamedDecl &F) const {
  const std::string Name = lookupName(F);
  for (const Category &C : Categories)
    if (C.Names.mayContain(Name))
      if (std::optional<unsigned> Index = C.Names.find(F))
        return BlockingCallee{&F, C.Kind, C.Entries[*Index].Value};
  return std::nullopt;
}

} // namespace clang::tidy::async
