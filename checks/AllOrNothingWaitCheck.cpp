//===--- AllOrNothingWaitCheck.cpp - async-lint ---------------------------===//

#include "AllOrNothingWaitCheck.h"
#include "CallTargets.h"
#include "CoroutineAnalysis.h"
#include "CoroutineFrameVisitor.h"
#include "HeaderInsertion.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/CharInfo.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

struct Finding {
  const CallExpr *Call;
  unsigned Entry;
  bool InCatchHandler;
  bool HasNestedCombinator; ///< `a && b && c`: the inner `&&` is an argument
};

/// The tasks a combinator call waits for: its arguments, without the
/// function object of a call through a customization point object.
llvm::ArrayRef<const Expr *> childrenOf(const CallExpr &Call) {
  llvm::ArrayRef<const Expr *> Args(Call.getArgs(), Call.getNumArgs());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call)
      return Args.drop_front();
  return Args;
}

const CallExpr *asCall(const Expr *E) {
  return dyn_cast_or_null<CallExpr>(E ? E->IgnoreImplicit()->IgnoreParens()
                                      : nullptr);
}

/// Collects the combinator calls made in a coroutine's own frame. Of a chain
/// `a && b && c` only the outermost call is kept.
class CombinatorCollector : public CoroutineFrameVisitor<CombinatorCollector> {
public:
  explicit CombinatorCollector(const QualifiedNameSet &Names) : Names(Names) {}

  std::vector<Finding> Findings;

  bool VisitCallExpr(CallExpr *Call) {
    std::optional<unsigned> Entry = findCallee(Names, *Call);
    if (!Entry || Nested.contains(Call))
      return true;
    bool HasNested = false;
    for (const Expr *Child : childrenOf(*Call))
      if (const CallExpr *Inner = asCall(Child))
        if (findCallee(Names, *Inner)) {
          Nested.insert(Inner);
          HasNested = true;
        }
    Findings.push_back({Call, *Entry, inCatchHandler(), HasNested});
    return true;
  }

private:
  const QualifiedNameSet &Names;
  llvm::SmallPtrSet<const CallExpr *, 2> Nested;
};

bool containsThrow(const Stmt *S) {
  if (!S)
    return false;
  if (isa<CXXThrowExpr>(S))
    return true;
  if (isa<LambdaExpr>(S))
    return false;
  for (const Stmt *Child : S->children())
    if (containsThrow(Child))
      return true;
  return false;
}

/// Whether coroutine \p F's whole body is a try block with a `catch (...)`
/// and no handler throws: nothing escapes it.
bool isGuardedCoroutine(const FunctionDecl &F) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(userBodyOfCoroutine(F));
  if (!Body || Body->size() != 1)
    return false;
  const auto *Try = dyn_cast<CXXTryStmt>(Body->body_front());
  if (!Try)
    return false;
  bool CatchesAll = false;
  for (unsigned I = 0; I < Try->getNumHandlers(); ++I) {
    const CXXCatchStmt *Handler = Try->getHandler(I);
    CatchesAll |= Handler->getExceptionDecl() == nullptr;
    if (containsThrow(Handler->getHandlerBlock()))
      return false;
  }
  return CatchesAll;
}

bool isIdentifier(llvm::StringRef S) {
  return !S.empty() && isAsciiIdentifierStart(S.front()) &&
         llvm::all_of(S, [](char C) { return isAsciiIdentifierContinue(C); });
}

/// \p Template with `$0`, `$1`, ... replaced by \p Args.
std::string instantiate(llvm::StringRef Template,
                        llvm::ArrayRef<llvm::StringRef> Args) {
  std::string Result;
  while (!Template.empty()) {
    size_t Pos = Template.find('$');
    if (Pos == llvm::StringRef::npos || Pos + 1 == Template.size() ||
        !llvm::isDigit(Template[Pos + 1])) {
      Result +=
          Template.take_front(Pos == llvm::StringRef::npos ? Pos : Pos + 1);
      Template = Template.drop_front(
          Pos == llvm::StringRef::npos ? Template.size() : Pos + 1);
      continue;
    }
    Result += Template.take_front(Pos);
    unsigned Index = Template[Pos + 1] - '0';
    if (Index < Args.size())
      Result += Args[Index];
    Template = Template.drop_front(Pos + 2);
  }
  return Result;
}

} // namespace

AllOrNothingWaitCheck::AllOrNothingWaitCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CombinatorsList(Options.get("AllOrNothingCombinators",
                                  knowledge::AllOrNothingCombinators)),
      HeadersList(
          Options.get("AllOrNothingHeaders", knowledge::AllOrNothingHeaders)),
      NonCancellingList(Options.get("NonCancellingCombinators",
                                    knowledge::NonCancellingCombinators)),
      NoThrowWrappersList(
          Options.get("NoThrowWrappers", knowledge::NoThrowWrappers)),
      CheckAwaitableOperators(Options.get("CheckAwaitableOperators", true)),
      Combinators(knowledge::parseEntries(CombinatorsList)),
      CombinatorNames(knowledge::keysOf(Combinators)),
      Headers(knowledge::parseLibraryMap(HeadersList)),
      NonCancelling(knowledge::namesIn(NonCancellingList)),
      NoThrowWrappers(knowledge::namesIn(NoThrowWrappersList)),
      Inserter(Options.getLocalOrGlobal("IncludeStyle",
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void AllOrNothingWaitCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "AllOrNothingCombinators", CombinatorsList);
  Options.store(Opts, "AllOrNothingHeaders", HeadersList);
  Options.store(Opts, "NonCancellingCombinators", NonCancellingList);
  Options.store(Opts, "NoThrowWrappers", NoThrowWrappersList);
  Options.store(Opts, "CheckAwaitableOperators", CheckAwaitableOperators);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void AllOrNothingWaitCheck::registerPPCallbacks(const SourceManager &,
                                                Preprocessor *PP,
                                                Preprocessor *) {
  Inserter.registerPreprocessor(PP);
}

void AllOrNothingWaitCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(coroutineDefinition(), this);
}

bool AllOrNothingWaitCheck::cannotFail(const Expr &Child) const {
  const CallExpr *Call = asCall(&Child);
  if (!Call)
    return false;
  // `std::move(task)` and `sender | wrapper(f)` look through to the task.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (Op->getOperator() == OO_Pipe && Op->getNumArgs() == 2) {
      const CallExpr *Adaptor = asCall(Op->getArg(1));
      return Adaptor && findCallee(NoThrowWrappers, *Adaptor);
    }
  if (findCallee(NoThrowWrappers, *Call))
    return true;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false;
  if (Callee->isInStdNamespace() && Callee->getName() == "move" &&
      Call->getNumArgs() == 1)
    return cannotFail(*Call->getArg(0));
  const FunctionDecl *Definition = Callee->getDefinition();
  return Definition && isGuardedCoroutine(*Definition);
}

void AllOrNothingWaitCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  const Stmt *Body = userBodyOfCoroutine(*Coroutine);
  if (!Body)
    return;
  CombinatorCollector Collector(CombinatorNames);
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  for (const Finding &F : Collector.Findings) {
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(F.Call);
    if (Op && Op->getOperator() == OO_AmpAmp && !CheckAwaitableOperators)
      continue;
    llvm::ArrayRef<const Expr *> Children = childrenOf(*F.Call);
    if (!Children.empty() && llvm::all_of(Children, [this](const Expr *C) {
          return cannotFail(*C);
        }))
      continue;
    diagnose(*F.Call, F.Entry, F.InCatchHandler, F.HasNestedCombinator,
             *Result.Context);
  }
}

void AllOrNothingWaitCheck::diagnose(const CallExpr &Call, unsigned Entry,
                                     bool InCatchHandler,
                                     bool HasNestedCombinator,
                                     ASTContext &Context) {
  SourceLocation Loc = calleeNameLoc(Call);
  if (Loc.isInvalid() || !Reported.insert(Loc).second)
    return;
  const knowledge::Entry &E = Combinators[Entry];
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
  const bool IsOperator = Op && Op->getOperator() != OO_Call;
  const bool Cancels = !findCallee(NonCancelling, Call);
  llvm::StringRef Name = E.Key;
  Name.consume_front("::");
  if (IsOperator)
    Name = Name.rsplit("::").second;

  diag(Loc, "%select{'%1'|'%1' on awaitables}0 is all-or-nothing: if one task "
            "fails, the results of the others are discarded and "
            "%select{only one exception is kept|they are cancelled}2")
      << IsOperator << Name << Cancels;

  llvm::StringRef Replacement = E.Value;
  if (Replacement.empty())
    return;
  if (isIdentifier(Replacement)) {
    auto Note = diag(Loc,
                     "use '%0' to keep the outcome of every task; the code "
                     "that reads the result must then inspect each one",
                     DiagnosticIDs::Note)
                << Replacement;
    if (!Loc.isMacroID()) {
      Note << FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(Loc, Loc), Replacement);
      insertHeadersFor(E, Loc, Context, Note);
    }
    return;
  }
  if (!Replacement.contains('$')) {
    diag(Loc, "%0", DiagnosticIDs::Note) << Replacement;
    return;
  }
  llvm::SmallVector<llvm::StringRef, 4> Args;
  bool HaveText = !textOf(Call, Context).empty();
  for (const Expr *Child : childrenOf(Call)) {
    Args.push_back(textOf(*Child, Context));
    HaveText &= !Args.back().empty();
  }
  static const llvm::StringRef Placeholders[] = {"a", "b", "c", "d"};
  std::string Text =
      instantiate(Replacement, HaveText ? llvm::ArrayRef<llvm::StringRef>(Args)
                                        : llvm::ArrayRef(Placeholders));
  auto Note = diag(Loc,
                   "to keep the outcome of every task, wait for all of them "
                   "with '%0'; the code that reads the result must then "
                   "inspect each one",
                   DiagnosticIDs::Note)
              << Text;
  // The replacement awaits inside the expression: ill-formed in a handler.
  if (HaveText && !InCatchHandler && !HasNestedCombinator) {
    Note << FixItHint::CreateReplacement(Call.getSourceRange(), Text);
    insertHeadersFor(E, Call.getBeginLoc(), Context, Note);
  }
}

void AllOrNothingWaitCheck::insertHeadersFor(const knowledge::Entry &E,
                                             SourceLocation Loc,
                                             const ASTContext &Context,
                                             DiagnosticBuilder &Note) {
  auto Found = Headers.find(E.Key);
  if (Found == Headers.end())
    return;
  const SourceManager &SM = Context.getSourceManager();
  insertHeaders(Inserter, SM.getFileID(SM.getExpansionLoc(Loc)), Found->second,
                Note);
}

} // namespace clang::tidy::async
