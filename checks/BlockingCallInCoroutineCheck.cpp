//===--- BlockingCallInCoroutineCheck.cpp - async-lint --------------------===//

#include "BlockingCallInCoroutineCheck.h"
#include "CoroutineFrameVisitor.h"
#include "NonBlockingDescriptor.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

using Finding = BlockingCallInCoroutineCheck::Finding;

/// Collects the blocking calls made in a coroutine's own frame.
class BlockingCallCollector
    : public CoroutineFrameVisitor<BlockingCallCollector> {
public:
  explicit BlockingCallCollector(const BlockingFunctions &Blocking)
      : Blocking(Blocking) {}

  std::vector<Finding> Findings;

  bool VisitCallExpr(CallExpr *Call) { return record(Call); }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    return record(Construct);
  }

  // `co_await` binds looser than a postfix operator: an expression that is
  // the base of one needs parentheses once it becomes a `co_await`.
  bool VisitMemberExpr(MemberExpr *Member) {
    return markPostfixOperand(Member->getBase());
  }
  bool VisitArraySubscriptExpr(ArraySubscriptExpr *Subscript) {
    return markPostfixOperand(Subscript->getBase());
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    return Op->isPostfix() ? markPostfixOperand(Op->getSubExpr()) : true;
  }

private:
  bool record(Expr *Call) {
    if (std::optional<BlockingCallee> Callee = Blocking.classify(*Call))
      Findings.push_back({Call, *Callee, inCatchHandler(),
                          PostfixOperands.contains(Call)});
    return true;
  }
  bool markPostfixOperand(Expr *E) {
    PostfixOperands.insert(E->IgnoreImplicit());
    return true;
  }

  const BlockingFunctions &Blocking;
  llvm::SmallPtrSet<const Expr *, 4> PostfixOperands;
};

/// The qualified name of \p D without template arguments.
std::string nameWithoutTemplateArguments(const NamedDecl &D) {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  PrintingPolicy Policy(D.getASTContext().getLangOpts());
  Policy.SuppressTemplateArgsInCXXConstructors = true;
  const NamedDecl *Pattern = &D;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&D))
    Pattern = Spec->getSpecializedTemplate()->getTemplatedDecl();
  else if (const auto *F = dyn_cast<FunctionDecl>(&D)) {
    if (const FunctionTemplateDecl *Primary = F->getPrimaryTemplate())
      Pattern = Primary->getTemplatedDecl();
    if (const FunctionDecl *Member = cast<FunctionDecl>(Pattern)
                                         ->getInstantiatedFromMemberFunction())
      Pattern = Member;
  }
  Pattern->printQualifiedName(OS, Policy);
  return Name;
}

/// How a diagnostic names the callee: as the user sees it, through the
/// class of the object it is called on ('std::future::wait', although
/// libstdc++ declares `wait` in a base class), without template arguments.
std::string calleeName(const Expr &Call, const NamedDecl &Callee) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    if (const Expr *Object = Member->getImplicitObjectArgument()) {
      QualType Type = Object->IgnoreParenImpCasts()->getType();
      if (Type->isPointerType())
        Type = Type->getPointeeType();
      if (const CXXRecordDecl *Class = Type->getAsCXXRecordDecl())
        return nameWithoutTemplateArguments(*Class) +
               "::" + lookupName(Callee);
    }
  return nameWithoutTemplateArguments(Callee);
}

/// Whether a `std::chrono::duration` argument of sleep function \p Callee
/// converts to milliseconds without loss: the coarsest parameter type among
/// the libraries' sleeps (QCoro takes milliseconds).
bool isWholeMilliseconds(const NamedDecl &Callee) {
  const auto *F = dyn_cast<FunctionDecl>(&Callee);
  const TemplateArgumentList *Args =
      F ? F->getTemplateSpecializationArgs() : nullptr;
  if (!Args || Args->size() != 2 ||
      Args->get(0).getKind() != TemplateArgument::Type ||
      Args->get(1).getKind() != TemplateArgument::Type)
    return false;
  if (!Args->get(0).getAsType()->isIntegerType())
    return false;
  const auto *Ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Args->get(1).getAsType()->getAsCXXRecordDecl());
  if (!Ratio || Ratio->getTemplateArgs().size() != 2)
    return false;
  const TemplateArgument &Num = Ratio->getTemplateArgs()[0];
  const TemplateArgument &Den = Ratio->getTemplateArgs()[1];
  if (Num.getKind() != TemplateArgument::Integral ||
      Den.getKind() != TemplateArgument::Integral)
    return false;
  int64_t N = Num.getAsIntegral().getSExtValue();
  int64_t D = Den.getAsIntegral().getSExtValue();
  return N > 0 && D > 0 && (N * 1000) % D == 0;
}

/// The token a diagnostic about call \p Call points at: the callee's name.
SourceLocation calleeNameLoc(const Expr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call) {
      const Expr *Object = Op->getArg(0)->IgnoreImplicit();
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
        return Ref->getLocation();
      return Object->getExprLoc();
    }
  if (const auto *CE = dyn_cast<CallExpr>(&Call))
    if (const Expr *Callee = CE->getCallee()) {
      Callee = Callee->IgnoreImplicit();
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
        return Ref->getLocation();
      return Callee->getExprLoc();
    }
  return Call.getExprLoc();
}

/// The arguments of a call, without the function object of a call through
/// `operator()` (a customization point object such as `stdexec::sync_wait`).
llvm::ArrayRef<const Expr *> argumentsOf(const CallExpr &Call) {
  llvm::ArrayRef<const Expr *> Args(Call.getArgs(), Call.getNumArgs());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call)
      return Args.drop_front();
  return Args;
}

/// The source text of \p E, or "" when it comes from a macro expansion.
llvm::StringRef textOf(const Expr &E, const ASTContext &Context) {
  SourceRange Range = E.getSourceRange();
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return {};
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range),
                              Context.getSourceManager(),
                              Context.getLangOpts());
}

/// \p Template with `$0` replaced by \p Argument.
std::string instantiate(llvm::StringRef Template, llvm::StringRef Argument) {
  std::string Result;
  for (size_t Pos; (Pos = Template.find("$0")) != llvm::StringRef::npos;) {
    Result += Template.take_front(Pos);
    Result += Argument;
    Template = Template.drop_front(Pos + 2);
  }
  Result += Template;
  return Result;
}

} // namespace

BlockingCallInCoroutineCheck::BlockingCallInCoroutineCheck(
    StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CoroutineTypesList(
          Options.getLocalOrGlobal("CoroutineTypes", knowledge::CoroutineTypes)),
      BlockingFunctionsList(
          Options.get("BlockingFunctions", knowledge::BlockingFunctions)),
      AdditionalBlockingFunctionsList(
          Options.get("AdditionalBlockingFunctions", "")),
      SleepFunctionsList(
          Options.get("SleepFunctions", knowledge::SleepFunctions)),
      SleepReplacementsList(
          Options.get("SleepReplacements", knowledge::SleepReplacements)),
      SleepHeadersList(Options.get("SleepHeaders", knowledge::SleepHeaders)),
      SleepHintsList(Options.get("SleepHints", knowledge::SleepHints)),
      SyncWaitFunctionsList(
          Options.get("SyncWaitFunctions", knowledge::SyncWaitFunctions)),
      PosixIOFunctionsList(
          Options.get("PosixIOFunctions", knowledge::PosixIOFunctions)),
      NonBlockingMarkersList(
          Options.get("NonBlockingMarkers", knowledge::NonBlockingMarkers)),
      MutexFunctionsList(
          Options.get("MutexFunctions", knowledge::MutexFunctions)),
      CheckPosixIO(Options.get("CheckPosixIO", true)),
      CheckMutexLocks(Options.get("CheckMutexLocks", false)),
      Libraries(CoroutineTypesList),
      Blocking(BlockingFunctionLists{
          BlockingFunctionsList, AdditionalBlockingFunctionsList,
          SleepFunctionsList, SyncWaitFunctionsList,
          CheckPosixIO ? StringRef(PosixIOFunctionsList) : StringRef(),
          CheckMutexLocks ? StringRef(MutexFunctionsList) : StringRef()}),
      SleepReplacements(knowledge::parseLibraryMap(SleepReplacementsList)),
      SleepHeaders(knowledge::parseLibraryMap(SleepHeadersList)),
      SleepHints(knowledge::parseLibraryMap(SleepHintsList)),
      NonBlockingMarkers(
          utils::options::parseStringList(NonBlockingMarkersList)),
      Inserter(Options.getLocalOrGlobal("IncludeStyle",
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void BlockingCallInCoroutineCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CoroutineTypes", CoroutineTypesList);
  Options.store(Opts, "BlockingFunctions", BlockingFunctionsList);
  Options.store(Opts, "AdditionalBlockingFunctions",
                AdditionalBlockingFunctionsList);
  Options.store(Opts, "SleepFunctions", SleepFunctionsList);
  Options.store(Opts, "SleepReplacements", SleepReplacementsList);
  Options.store(Opts, "SleepHeaders", SleepHeadersList);
  Options.store(Opts, "SleepHints", SleepHintsList);
  Options.store(Opts, "SyncWaitFunctions", SyncWaitFunctionsList);
  Options.store(Opts, "PosixIOFunctions", PosixIOFunctionsList);
  Options.store(Opts, "NonBlockingMarkers", NonBlockingMarkersList);
  Options.store(Opts, "MutexFunctions", MutexFunctionsList);
  Options.store(Opts, "CheckPosixIO", CheckPosixIO);
  Options.store(Opts, "CheckMutexLocks", CheckMutexLocks);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void BlockingCallInCoroutineCheck::registerPPCallbacks(
    const SourceManager &, Preprocessor *PP, Preprocessor *) {
  Inserter.registerPreprocessor(PP);
}

void BlockingCallInCoroutineCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(coroutineDefinition(), this);
}

void BlockingCallInCoroutineCheck::check(
    const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  const Stmt *Body = userBodyOfCoroutine(*Coroutine);
  if (!Body)
    return;
  BlockingCallCollector Collector(Blocking);
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  if (Collector.Findings.empty())
    return;
  llvm::StringRef Library = Libraries.libraryOf(*Coroutine);
  for (const Finding &F : Collector.Findings) {
    if (F.Callee.Kind == BlockingKind::PosixIO)
      if (const auto *Call = dyn_cast<CallExpr>(F.Call))
        if (descriptorShownNonBlocking(*Call, *Body, NonBlockingMarkers,
                                       *Result.Context))
          continue;
    diagnose(F, *Coroutine, Library, *Result.Context);
  }
}

void BlockingCallInCoroutineCheck::diagnose(const Finding &F,
                                            const FunctionDecl &Coroutine,
                                            llvm::StringRef Library,
                                            ASTContext &Context) {
  SourceLocation Loc = calleeNameLoc(*F.Call);
  if (!Reported.insert(Loc).second)
    return;
  const std::string Callee = calleeName(*F.Call, *F.Callee.Callee);
  const bool InLambda = isLambdaCallOperator(Coroutine);
  const auto *Call = dyn_cast<CallExpr>(F.Call);

  if (F.Callee.Kind == BlockingKind::SyncWait) {
    llvm::StringRef Awaited = Call && argumentsOf(*Call).size() == 1
                                  ? textOf(*argumentsOf(*Call)[0], Context)
                                  : "";
    std::string Replacement = ("co_await " + Awaited).str();
    if (F.NeedsParentheses)
      Replacement = "(" + Replacement + ")";
    const bool CanFix = !Awaited.empty() && !Library.empty() &&
                        F.Callee.Detail == Library && !F.InCatchHandler &&
                        !textOf(*F.Call, Context).empty();
    {
      DiagnosticBuilder Diag =
          diag(Loc, "'%0' inside %select{coroutine %q2|a coroutine lambda}1 "
                    "blocks the thread until the awaited work completes, and "
                    "deadlocks if that work needs this thread")
          << Callee << InLambda << &Coroutine;
      if (CanFix)
        Diag << FixItHint::CreateReplacement(F.Call->getSourceRange(),
                                             Replacement);
    }
    if (!CanFix && !Awaited.empty())
      diag(Loc, "await it instead: '%0'", DiagnosticIDs::Note) << Replacement;
    return;
  }

  const unsigned What = F.Callee.Kind == BlockingKind::PosixIO ? 1
                        : F.Callee.Kind == BlockingKind::Mutex ? 2
                                                               : 0;
  bool Fixed = false;
  {
    DiagnosticBuilder Diag =
        diag(Loc, "%select{blocking call to|blocking I/O call to|mutex lock "
                  "through}0 '%1' inside %select{coroutine %q3|a coroutine "
                  "lambda}2 stalls every task on its executor")
        << What << Callee << InLambda << &Coroutine;
    if (F.Callee.Kind == BlockingKind::Sleep)
      Fixed = fixSleep(F, Library, Context, Diag);
  }
  if (F.Callee.Kind == BlockingKind::Sleep && !Fixed && Call &&
      Call->getNumArgs() == 1) {
    // No fix-it was possible here: show the replacement.
    auto Replacement = SleepReplacements.find(Library);
    auto Hint = SleepHints.find(Library);
    llvm::StringRef Template = Replacement != SleepReplacements.end()
                                   ? llvm::StringRef(Replacement->second)
                               : Hint != SleepHints.end()
                                   ? llvm::StringRef(Hint->second)
                                   : llvm::StringRef();
    llvm::StringRef Duration = textOf(*Call->getArg(0), Context);
    if (!Template.empty())
      diag(Loc, "replace with an awaitable sleep, such as '%0'",
           DiagnosticIDs::Note)
          << instantiate(Template, Duration.empty() ? "duration" : Duration);
    return;
  }
  if (F.Callee.Kind == BlockingKind::Generic && !F.Callee.Detail.empty())
    diag(Loc, "use '%0' instead", DiagnosticIDs::Note) << F.Callee.Detail;
}

bool BlockingCallInCoroutineCheck::fixSleep(const Finding &F,
                                            llvm::StringRef Library,
                                            ASTContext &Context,
                                            DiagnosticBuilder &Diag) {
  const auto *Call = dyn_cast<CallExpr>(F.Call);
  auto Replacement = SleepReplacements.find(Library);
  if (!Call || Call->getNumArgs() != 1 ||
      Replacement == SleepReplacements.end() || F.InCatchHandler ||
      textOf(*Call, Context).empty() || !isWholeMilliseconds(*F.Callee.Callee))
    return false;
  llvm::StringRef Duration = textOf(*Call->getArg(0), Context);
  if (Duration.empty())
    return false;
  std::string Text = instantiate(Replacement->second, Duration);
  if (F.NeedsParentheses)
    Text = "(" + Text + ")";
  Diag << FixItHint::CreateReplacement(Call->getSourceRange(), Text);
  auto Headers = SleepHeaders.find(Library);
  if (Headers != SleepHeaders.end()) {
    llvm::SmallVector<llvm::StringRef, 4> Names;
    llvm::StringRef(Headers->second).split(Names, ',', -1, false);
    FileID File = Context.getSourceManager().getFileID(Call->getBeginLoc());
    for (llvm::StringRef Header : Names)
      Diag << Inserter.createIncludeInsertion(File, Header.trim());
  }
  return true;
}

} // namespace clang::tidy::async
