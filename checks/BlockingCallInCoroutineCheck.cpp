//===--- BlockingCallInCoroutineCheck.cpp - async-lint --------------------===//

#include "BlockingCallInCoroutineCheck.h"
#include "CallTargets.h"
#include "CoroutineFrameVisitor.h"
#include "HeaderInsertion.h"
#include "NonBlockingDescriptor.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

using Finding = BlockingCallInCoroutineCheck::Finding;
using ChainCandidate = BlockingCallInCoroutineCheck::ChainCandidate;

/// Collects the blocking calls made in a coroutine's own frame, and the
/// calls and destructions whose callees may block.
class BlockingCallCollector
    : public CoroutineFrameVisitor<BlockingCallCollector> {
public:
  BlockingCallCollector(const BlockingFunctions &Blocking,
                        const BlockingSummaries &Summaries)
      : Blocking(Blocking), Summaries(Summaries) {}

  std::vector<Finding> Findings;
  std::vector<ChainCandidate> Candidates;

  bool VisitCallExpr(CallExpr *Call) { return record(Call); }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    return record(Construct);
  }
  // Locals and temporaries are destroyed in the coroutine too (a
  // `std::jthread` joins). Parameters live in the frame until it is freed.
  bool VisitVarDecl(VarDecl *Var) {
    if (Var->hasLocalStorage() && !isa<ParmVarDecl>(Var))
      if (const CXXDestructorDecl *Destructor =
              BlockingSummaries::destructorOf(Var->getType()))
        Candidates.push_back({nullptr, Var->getLocation(), Destructor, Var,
                              Var->getType(), inCatchHandler(), false});
    return true;
  }
  bool VisitCXXBindTemporaryExpr(CXXBindTemporaryExpr *Temporary) {
    if (const CXXDestructorDecl *Destructor =
            Temporary->getTemporary()->getDestructor())
      Candidates.push_back({nullptr, Temporary->getExprLoc(), Destructor,
                            nullptr, Temporary->getType(), inCatchHandler(),
                            false});
    return true;
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
    else if (const FunctionDecl *Target = Summaries.followedCallee(*Call))
      Candidates.push_back({Call, SourceLocation(), Target, nullptr,
                            QualType(), inCatchHandler(),
                            PostfixOperands.contains(Call)});
    return true;
  }
  bool markPostfixOperand(Expr *E) {
    PostfixOperands.insert(E->IgnoreImplicit());
    return true;
  }

  const BlockingFunctions &Blocking;
  const BlockingSummaries &Summaries;
  llvm::SmallPtrSet<const Expr *, 4> PostfixOperands;
};

/// How a diagnostic names the callee: as the user sees it, through the
/// class of the object it is called on ('std::future::wait', although
/// libstdc++ declares `wait` in a base class), without template arguments.
std::string calleeName(const Expr &Call, const NamedDecl &Callee) {
  if (const CXXRecordDecl *Class = objectClassOf(Call))
    return displayName(*Class) + "::" + lookupName(Callee);
  return displayName(Callee);
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

/// The arguments of a call, without the function object of a call through
/// `operator()` (a customization point object such as `stdexec::sync_wait`).
llvm::ArrayRef<const Expr *> argumentsOf(const CallExpr &Call) {
  llvm::ArrayRef<const Expr *> Args(Call.getArgs(), Call.getNumArgs());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call)
      return Args.drop_front();
  return Args;
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

/// How a note names a function of a chain: quoted, or "the lambda".
std::string describe(const FunctionDecl &F) {
  if (isLambdaCallOperator(F))
    return "the lambda";
  return "'" + displayName(F) + "'";
}

/// Whether \p F reports errors through an `error_code&` parameter: its
/// awaitable form has another signature.
bool takesErrorCode(const FunctionDecl &F) {
  for (const ParmVarDecl *Param : F.parameters()) {
    QualType Type = Param->getType();
    if (!Type->isLValueReferenceType() ||
        Type->getPointeeType().isConstQualified())
      continue;
    if (const CXXRecordDecl *Record =
            Type->getPointeeType()->getAsCXXRecordDecl())
      if (Record->getName() == "error_code")
        return true;
  }
  return false;
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
      OffloadFunctionsList(
          Options.get("OffloadFunctions", knowledge::OffloadFunctions)),
      BlockingAnnotation(Options.get("BlockingAnnotation", "async::blocking")),
      NonBlockingAnnotation(
          Options.get("NonBlockingAnnotation", "async::nonblocking")),
      AwaitableOperationsList(
          Options.get("AwaitableOperations", knowledge::AwaitableOperations)),
      AwaitableTokensList(
          Options.get("AwaitableTokens", knowledge::AwaitableTokens)),
      AwaitableTokenHeadersList(Options.get("AwaitableTokenHeaders",
                                            knowledge::AwaitableTokenHeaders)),
      CheckPosixIO(Options.get("CheckPosixIO", true)),
      CheckMutexLocks(Options.get("CheckMutexLocks", false)),
      MaxCallDepth(Options.get("MaxCallDepth", 8U)),
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
      AwaitableOperations(knowledge::parseEntries(AwaitableOperationsList)),
      AwaitableOperationNames(knowledge::keysOf(AwaitableOperations)),
      AwaitableTokens(knowledge::parseLibraryMap(AwaitableTokensList)),
      AwaitableTokenHeaders(
          knowledge::parseLibraryMap(AwaitableTokenHeadersList)),
      Summaries(Blocking,
                BlockingSummaryOptions{OffloadFunctionsList,
                                       BlockingAnnotation,
                                       NonBlockingAnnotation,
                                       NonBlockingMarkers}),
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
  Options.store(Opts, "OffloadFunctions", OffloadFunctionsList);
  Options.store(Opts, "BlockingAnnotation", BlockingAnnotation);
  Options.store(Opts, "NonBlockingAnnotation", NonBlockingAnnotation);
  Options.store(Opts, "MaxCallDepth", MaxCallDepth);
  Options.store(Opts, "AwaitableOperations", AwaitableOperationsList);
  Options.store(Opts, "AwaitableTokens", AwaitableTokensList);
  Options.store(Opts, "AwaitableTokenHeaders", AwaitableTokenHeadersList);
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
  BlockingCallCollector Collector(Blocking, Summaries);
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  if (Collector.Findings.empty() && Collector.Candidates.empty())
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
  for (ChainCandidate &C : Collector.Candidates) {
    if (C.Call)
      C.Loc = calleeNameLoc(*C.Call);
    diagnoseChain(C, *Coroutine, Library, *Result.Context);
  }
}

void BlockingCallInCoroutineCheck::diagnoseChain(const ChainCandidate &C,
                                                 const FunctionDecl &Coroutine,
                                                 llvm::StringRef Library,
                                                 ASTContext &Context) {
  std::optional<BlockingCallee> Listed;
  if (!C.Call)
    Listed = Blocking.classifyFunction(*C.Target); // `~jthread`
  const unsigned Distance =
      Listed ? 0 : Summaries.distance(*C.Target, Context);
  if (Distance == BlockingSummaries::Infinite || Distance > MaxCallDepth)
    return;
  if (Distance == 0 && C.Call) {
    // A call to a function marked blocking is a blocking call.
    if (Reported.contains(C.Loc))
      return;
    diagnose({C.Call, BlockingCallee{C.Target, BlockingKind::Generic, ""},
              C.InCatchHandler, C.NeedsParentheses},
             Coroutine, Library, Context);
    if (const AnnotateAttr *Mark = Summaries.blockingMark(*C.Target))
      diag(Mark->getLocation(), "%0 is marked blocking here",
           DiagnosticIDs::Note)
          << describe(*C.Target);
    return;
  }
  if (!Reported.insert(C.Loc).second)
    return;
  // The blocking call the chain ends in names the finding.
  const FunctionDecl *Last = C.Target;
  std::string Blocker = displayName(*C.Target);
  if (Distance > 0) {
    while (Summaries.distance(*Last, Context) > 1)
      Last = Summaries.step(*Last).Target;
    Blocker = blockingCallName(Summaries.step(*Last));
  }
  std::string What;
  if (C.Call)
    What = describe(*C.Target);
  else if (C.Destroyed)
    What = "'" + C.Destroyed->getNameAsString() + "'";
  else
    What = "a temporary '" + C.DestroyedType.getAsString() + "'";
  diag(C.Loc, "%select{call to|destruction of}0 %1 inside %select{coroutine "
              "%q3|a coroutine lambda}2 blocks in '%4' and stalls every task "
              "on its executor")
      << (C.Call ? 0 : 1) << What << isLambdaCallOperator(Coroutine)
      << &Coroutine << Blocker;
  if (Distance > 0)
    noteChain(*C.Target, Context);
  else if (const AnnotateAttr *Mark = Summaries.blockingMark(*C.Target))
    diag(Mark->getLocation(), "%0 is marked blocking here",
         DiagnosticIDs::Note)
        << describe(*C.Target);
}

void BlockingCallInCoroutineCheck::noteChain(const FunctionDecl &Start,
                                             ASTContext &Context) {
  const FunctionDecl *F = &Start;
  while (Summaries.distance(*F, Context) > 1) {
    const CallSite &Site = Summaries.step(*F);
    diag(Site.Loc, "%0 calls %1 here", DiagnosticIDs::Note)
        << describe(*F) << describe(*Site.Target);
    F = Site.Target;
  }
  const CallSite &Site = Summaries.step(*F);
  diag(Site.Loc, "%0 blocks in '%1' here", DiagnosticIDs::Note)
      << describe(*F) << blockingCallName(Site);
  if (Site.Target)
    if (const AnnotateAttr *Mark = Summaries.blockingMark(*Site.Target))
      diag(Mark->getLocation(), "%0 is marked blocking here",
           DiagnosticIDs::Note)
          << describe(*Site.Target);
}

std::string
BlockingCallInCoroutineCheck::blockingCallName(const CallSite &Site) const {
  const NamedDecl *Callee =
      Site.Direct ? Site.Direct->Callee : static_cast<const NamedDecl *>(
                                              Site.Target);
  return Site.Call ? calleeName(*Site.Call, *Callee)
                   : displayName(*Callee);
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
    else if (F.Callee.Kind == BlockingKind::Generic)
      Fixed = fixAwaitable(F, Library, Context, Diag);
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

bool BlockingCallInCoroutineCheck::fixAwaitable(const Finding &F,
                                                llvm::StringRef Library,
                                                ASTContext &Context,
                                                DiagnosticBuilder &Diag) {
  const auto *Call = dyn_cast<CallExpr>(F.Call);
  const auto *Callee = dyn_cast<FunctionDecl>(F.Callee.Callee);
  auto Token = AwaitableTokens.find(Library);
  if (!Call || !Callee || Token == AwaitableTokens.end() || F.InCatchHandler ||
      isa<CXXOperatorCallExpr>(Call) || textOf(*Call, Context).empty() ||
      takesErrorCode(*Callee))
    return false;
  // Only the library's own operations: a boost::asio socket has no awaitable
  // form in a standalone asio coroutine.
  llvm::StringRef TokenText = Token->second;
  llvm::StringRef Namespace = TokenText.rsplit("::").first;
  if (Namespace == TokenText ||
      !llvm::StringRef(displayName(*Callee))
           .starts_with((Namespace + "::").str()))
    return false;
  const CXXRecordDecl *Object = objectClassOf(*Call);
  std::optional<unsigned> Index =
      Object ? AwaitableOperationNames.findMember(*Object, *Callee)
             : AwaitableOperationNames.find(*Callee);
  if (!Index)
    return false;
  // A defaulted argument the user could have written would have to be
  // spelled out before the token; unnamed ones are SFINAE constraints.
  unsigned Written = 0;
  for (const Expr *Arg : Call->arguments()) {
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Arg)) {
      if (!Default->getParam()->getName().empty())
        return false;
    } else {
      ++Written;
    }
  }
  SourceLocation NameLoc = calleeNameLoc(*Call);
  if (NameLoc.isMacroID() || Call->getRParenLoc().isMacroID())
    return false;
  const std::string Prefix = F.NeedsParentheses ? "(co_await " : "co_await ";
  const std::string Suffix =
      (Written == 0 ? "" : ", ") + TokenText.str() + ")" +
      (F.NeedsParentheses ? ")" : "");
  Diag << FixItHint::CreateInsertion(Call->getBeginLoc(), Prefix)
       << FixItHint::CreateReplacement(
              CharSourceRange::getTokenRange(NameLoc, NameLoc),
              AwaitableOperations[*Index].Value)
       << FixItHint::CreateReplacement(
              CharSourceRange::getTokenRange(Call->getRParenLoc(),
                                             Call->getRParenLoc()),
              Suffix);
  auto Headers = AwaitableTokenHeaders.find(Library);
  if (Headers != AwaitableTokenHeaders.end())
    insertHeaders(Inserter,
                  Context.getSourceManager().getFileID(Call->getBeginLoc()),
                  Headers->second, Diag);
  return true;
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
  if (Headers != SleepHeaders.end())
    insertHeaders(Inserter,
                  Context.getSourceManager().getFileID(Call->getBeginLoc()),
                  Headers->second, Diag);
  return true;
}

} // namespace clang::tidy::async
