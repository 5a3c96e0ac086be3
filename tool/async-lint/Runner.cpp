//===--- Runner.cpp - async-lint ------------------------------------------===//

#include "Runner.h"
#include "CacheKey.h"
#include "CompilerFlags.h"
#include "DefaultChecks.h"
#include "FirstError.h"
#include "InputFiles.h"
#include "LLVMCompat.h"
#include "Worker.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <mutex>
#include <set>
#include <tuple>

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace async_lint {

static Error fail(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

Error validateConfigFiles(const std::vector<std::string> &Units) {
  StringSet<> Seen;
  for (const std::string &Unit : Units) {
    for (StringRef Dir = sys::path::parent_path(Unit); !Dir.empty();
         Dir = sys::path::parent_path(Dir)) {
      if (!Seen.insert(Dir).second)
        break; // this directory and its parents were checked already
      SmallString<256> Config(Dir);
      sys::path::append(Config, ".clang-tidy");
      if (!sys::fs::exists(Config))
        continue;
      auto Text = sys::fs::is_regular_file(Config)
                      ? MemoryBuffer::getFile(Config)
                      : ErrorOr<std::unique_ptr<MemoryBuffer>>(
                            std::make_error_code(std::errc::is_a_directory));
      if (!Text)
        return fail("cannot read configuration file '" + Config +
                    "': " + Text.getError().message());
      // The YAML parser's own diagnostics would go to stderr: keep the first.
      std::string Problem;
      auto Parsed = parseConfigurationWithDiags(
          (*Text)->getMemBufferRef(), [&](const SMDiagnostic &D) {
            if (!Problem.empty() || D.getKind() != SourceMgr::DK_Error)
              return;
            std::string Message = StringRef(D.getMessage()).rtrim(".!").str();
            if (!Message.empty())
              Message[0] = toLower(Message[0]);
            Problem = std::to_string(D.getLineNo()) + ":" +
                      std::to_string(D.getColumnNo() + 1) + ": " + Message;
          });
      if (!Parsed) {
        if (Problem.empty())
          Problem = Parsed.getError().message();
        return fail("invalid configuration file '" + Config + "': " + Problem);
      }
      if (!Parsed->InheritParentConfig.value_or(false))
        break; // like clang-tidy: the nearest file wins
    }
  }
  return Error::success();
}

namespace {
/// async-* stays on unless the .clang-tidy files name async checks: the rule
/// async-clangd follows too (checks/DefaultChecks.h), so the gate and the
/// editor agree on a project's configuration. --checks still comes last.
class AsyncByDefaultOptionsProvider final : public FileOptionsProvider {
public:
  using FileOptionsProvider::FileOptionsProvider;

  std::vector<OptionsSource> getRawOptions(StringRef File) override {
    std::vector<OptionsSource> Sources =
        FileOptionsProvider::getRawOptions(File);
    auto NamesAsyncChecks = [](const OptionsSource &Source) {
      return isConfigurationFile(Source) && Source.first.Checks &&
             tidy::async::mentionsAsyncChecks(*Source.first.Checks);
    };
    if (any_of(Sources, NamesAsyncChecks))
      return Sources;
    ClangTidyOptions AsyncChecksOn;
    AsyncChecksOn.Checks = "async-*";
    auto CommandLine = find_if(Sources, [](const OptionsSource &Source) {
      return Source.second == OptionsSourceTypeCheckCommandLineOption;
    });
    Sources.insert(CommandLine,
                   {std::move(AsyncChecksOn),
                    "async-lint: async-* unless .clang-tidy names async checks"});
    return Sources;
  }

private:
  static bool isConfigurationFile(const OptionsSource &Source) {
    return Source.second != OptionsSourceTypeDefaultBinary &&
           Source.second != OptionsSourceTypeCheckCommandLineOption;
  }
};
} // namespace

// Only the async module is linked, and the analyzer and compiler-warning
// pseudo-checks are always off, so the result is the async-* subset of what
// the configuration enables.
static std::unique_ptr<ClangTidyOptionsProvider>
makeOptionsProvider(StringRef ExtraChecks,
                    IntrusiveRefCntPtr<vfs::FileSystem> FS) {
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = "-*,async-*";
  ClangTidyOptions Overrides;
  std::string Checks = ExtraChecks.str();
  if (!Checks.empty())
    Checks += ",";
  Overrides.Checks = Checks + "-clang-analyzer-*,-clang-diagnostic-*";
  // async-lint filters headers itself (project root, third-party folders).
  Overrides.HeaderFilterRegex = ".*";
  Overrides.SystemHeaders = false;
  return std::make_unique<AsyncByDefaultOptionsProvider>(
      ClangTidyGlobalOptions(), std::move(Defaults), std::move(Overrides),
      std::move(FS));
}

static std::string normalizePath(StringRef Path, StringRef Directory) {
  SmallString<256> Result(Path);
  if (!sys::path::is_absolute(Result))
    compat::makeAbsolute(Directory, Result);
  sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

namespace {

/// A function body's extent, for naming the function enclosing a finding.
struct FunctionRange {
  unsigned Begin, End;
  std::string Name;
};
using FunctionRanges = StringMap<std::vector<FunctionRange>>;

class FunctionRecorder : public ASTConsumer,
                         public RecursiveASTVisitor<FunctionRecorder> {
public:
  FunctionRecorder(FunctionRanges &Out, StringRef Directory)
      : Out(Out), Directory(Directory) {}

  void HandleTranslationUnit(ASTContext &Context) override {
    SM = &Context.getSourceManager();
    TraverseDecl(Context.getTranslationUnitDecl());
  }

  bool TraverseDecl(Decl *D) {
    // Nothing in system headers is ever reported: do not walk them.
    if (D && !isa<TranslationUnitDecl>(D) &&
        SM->isInSystemHeader(SM->getExpansionLoc(D->getLocation())))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool VisitFunctionDecl(FunctionDecl *F) {
    // Lambdas are named after the function around them: their own names
    // carry a line number.
    if (!F->doesThisDeclarationHaveABody())
      return true;
    if (const auto *M = dyn_cast<CXXMethodDecl>(F);
        M && M->getParent()->isLambda())
      return true;
    SourceRange R = F->getSourceRange();
    SourceLocation B = SM->getExpansionLoc(R.getBegin());
    SourceLocation E = SM->getExpansionLoc(R.getEnd());
    FileID File = SM->getFileID(B);
    if (File != SM->getFileID(E))
      return true;
    OptionalFileEntryRef Entry = SM->getFileEntryRefForID(File);
    if (!Entry)
      return true;
    Out[normalizePath(Entry->getName(), Directory)].push_back(
        {SM->getFileOffset(B), SM->getFileOffset(E),
         F->getQualifiedNameAsString()});
    return true;
  }

private:
  FunctionRanges &Out;
  std::string Directory;
  SourceManager *SM = nullptr;
};

class LintAction : public ASTFrontendAction {
public:
  LintAction(ClangTidyASTConsumerFactory &Factory, FunctionRanges &Functions,
             std::vector<InputFile> &Inputs, StringRef Directory)
      : Factory(Factory), Functions(Functions), Inputs(Inputs),
        Directory(Directory) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &Compiler,
                                                 StringRef File) override {
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(Factory.createASTConsumer(Compiler, File));
    Consumers.push_back(
        std::make_unique<FunctionRecorder>(Functions, Directory));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

  // A unit with several compile commands is parsed once per command: its
  // result depends on what any of them read.
  void EndSourceFileAction() override {
    std::vector<InputFile> Read =
        filesRead(getCompilerInstance().getSourceManager(), Directory);
    Inputs.insert(Inputs.end(), Read.begin(), Read.end());
  }

private:
  ClangTidyASTConsumerFactory &Factory;
  FunctionRanges &Functions;
  std::vector<InputFile> &Inputs;
  std::string Directory;
};

/// Only what the preprocessor reads: which headers a unit includes.
class IncludesAction : public PreprocessOnlyAction {
public:
  IncludesAction(std::vector<InputFile> &Inputs, StringRef Directory)
      : Inputs(Inputs), Directory(Directory) {}

  void EndSourceFileAction() override {
    std::vector<InputFile> Read =
        filesRead(getCompilerInstance().getSourceManager(), Directory);
    Inputs.insert(Inputs.end(), Read.begin(), Read.end());
  }

private:
  std::vector<InputFile> &Inputs;
  std::string Directory;
};

class LintActionFactory : public tooling::FrontendActionFactory {
public:
  LintActionFactory(ClangTidyContext &Context,
                    IntrusiveRefCntPtr<vfs::OverlayFileSystem> FS,
                    FunctionRanges &Functions, std::vector<InputFile> &Inputs,
                    StringRef Directory, bool IncludesOnly)
      : Factory(Context, std::move(FS)), Functions(Functions), Inputs(Inputs),
        Directory(Directory), IncludesOnly(IncludesOnly) {}

  std::unique_ptr<FrontendAction> create() override {
    if (IncludesOnly)
      return std::make_unique<IncludesAction>(Inputs, Directory);
    return std::make_unique<LintAction>(Factory, Functions, Inputs, Directory);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // Same as clang-tidy: code may hide things from analyzers this way.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    // No "N warnings generated." lines: the report is async-lint's own.
    Invocation->getDiagnosticOpts().ShowCarets = false;
    return FrontendActionFactory::runInvocation(Invocation, Files,
                                                PCHContainerOps, DiagConsumer);
  }

private:
  ClangTidyASTConsumerFactory Factory;
  FunctionRanges &Functions;
  std::vector<InputFile> &Inputs;
  std::string Directory;
  bool IncludesOnly;
};

} // namespace

static std::vector<tooling::Replacement>
replacementsOf(const StringMap<tooling::Replacements> &Fix,
               StringRef Directory) {
  std::vector<tooling::Replacement> Result;
  for (const auto &Entry : Fix)
    for (const tooling::Replacement &R : Entry.second)
      Result.emplace_back(normalizePath(R.getFilePath(), Directory),
                          R.getOffset(), R.getLength(),
                          R.getReplacementText());
  return Result;
}

static std::string enclosingFunction(const FunctionRanges &Functions,
                                     const Location &Loc) {
  auto It = Functions.find(Loc.File);
  if (It == Functions.end())
    return "";
  const FunctionRange *Best = nullptr;
  for (const FunctionRange &R : It->second)
    if (R.Begin <= Loc.Offset && Loc.Offset <= R.End &&
        (!Best || R.End - R.Begin < Best->End - Best->Begin))
      Best = &R;
  return Best ? Best->Name : "";
}

UnitResult analyseUnit(const tooling::CompilationDatabase &Database,
                       const std::string &File, StringRef ExtraChecks,
                       bool IncludesOnly) {
  UnitResult Result;
  Result.File = File;
  std::vector<tooling::CompileCommand> Commands =
      Database.getCompileCommands(File);
  std::string Directory =
      Commands.empty() ? std::string(sys::path::parent_path(File))
                       : Commands.front().Directory;

  // Per unit: ClangTool moves its working directory to the unit's, and the
  // options provider must resolve relative file names against that too.
  auto FS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(
      vfs::createPhysicalFileSystem());
  ClangTidyContext Context(makeOptionsProvider(ExtraChecks, FS));
  tooling::ClangTool Tool(Database, {File},
                          std::make_shared<PCHContainerOperations>(), FS);
  Tool.setPrintErrorMessage(false);
  Tool.appendArgumentsAdjuster(
      [&Context](const tooling::CommandLineArguments &Args,
                 StringRef Filename) {
        ClangTidyOptions Opts = Context.getOptionsForFile(Filename);
        tooling::CommandLineArguments Adjusted = Args;
        // As clang-tidy: RemovedArgs drops exact matches from the database's
        // command, before ExtraArgs are added.
        if (const auto &Removed = compat::removedArgs(Opts))
          llvm::erase_if(Adjusted, [&](const std::string &Arg) {
            return llvm::is_contained(*Removed, Arg);
          });
        if (Opts.ExtraArgsBefore && !Adjusted.empty())
          Adjusted.insert(Adjusted.begin() + 1, Opts.ExtraArgsBefore->begin(),
                          Opts.ExtraArgsBefore->end());
        if (Opts.ExtraArgs)
          Adjusted.insert(Adjusted.end(), Opts.ExtraArgs->begin(),
                          Opts.ExtraArgs->end());
        return Adjusted;
      });
  Tool.appendArgumentsAdjuster(
      clangCompatibilityAdjuster(Result.DroppedFlags));
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());

  // Overlapping fixes are resolved later, across all units, so keep them all.
  ClangTidyDiagnosticConsumer Consumer(Context, nullptr,
                                       /*RemoveIncompatibleErrors=*/false,
                                       /*GetFixesFromNotes=*/false);
  // Both the compiler's and the checks' diagnostics go through Recorder.
  FirstErrorRecorder Recorder(Consumer, Directory);
  auto DiagOpts = std::make_unique<DiagnosticOptions>();
  auto Engine = compat::makeDiagnosticsEngine(*DiagOpts, Recorder);
  compat::setDiagnosticsEngine(Context, std::move(DiagOpts), *Engine);
  Tool.setDiagnosticConsumer(&Recorder);

  FunctionRanges Functions;
  LintActionFactory Factory(Context, FS, Functions, Result.Inputs, Directory,
                            IncludesOnly);
  bool RunFailed = Tool.run(&Factory) != 0;

  for (const ClangTidyError &Error : Consumer.take()) {
    std::string ErrorDir =
        Error.BuildDirectory.empty() ? Directory : Error.BuildDirectory;
    Location Loc{Error.Message.FilePath.empty()
                     ? File
                     : normalizePath(Error.Message.FilePath, ErrorDir),
                 Error.Message.FileOffset};
    // A check option with a bad value: the check uses its default.
    if (Error.DiagnosticName == "clang-tidy-config") {
      Result.ConfigWarnings.insert(Error.Message.Message);
      continue;
    }
    // Compile errors are taken from Recorder, in the order clang gave them.
    if (!StringRef(Error.DiagnosticName).starts_with("async-"))
      continue;
    Finding F;
    F.Check = Error.DiagnosticName;
    F.Message = Error.Message.Message;
    F.Loc = Loc;
    F.IsError = Error.IsWarningAsError;
    if (unsigned End = Recorder.rangeEnd(Loc))
      F.End = {Loc.File, End};
    F.Fix = replacementsOf(Error.Message.Fix, ErrorDir);
    for (const tooling::DiagnosticMessage &N : Error.Notes)
      F.Notes.push_back({N.Message,
                         {N.FilePath.empty() ? Loc.File
                                             : normalizePath(N.FilePath,
                                                             ErrorDir),
                          N.FileOffset},
                         replacementsOf(N.Fix, ErrorDir)});
    F.Function = enclosingFunction(Functions, F.Loc);
    Result.Findings.push_back(std::move(F));
  }
  if (const auto &First = Recorder.first()) {
    Result.Failed = true;
    Result.FirstError = First->first;
    Result.FirstErrorLoc = First->second;
  }
  if (RunFailed && !Result.Failed) {
    Result.Failed = true;
    Result.FirstError = "the compiler could not be run";
    Result.FirstErrorLoc = {File, 0};
  }
  return Result;
}

std::vector<std::string> enabledChecks(StringRef File, StringRef ExtraChecks) {
  auto Provider =
      makeOptionsProvider(ExtraChecks, vfs::createPhysicalFileSystem());
  return compat::getCheckNames(Provider->getOptions(File),
                               /*AllowEnablingAnalyzerAlphaCheckers=*/false);
}

bool anyCheckEnabled(const Project &P, StringRef ExtraChecks) {
  if (P.Units.empty()) // an empty shard checks nothing, by design
    return true;
  auto Provider =
      makeOptionsProvider(ExtraChecks, vfs::createPhysicalFileSystem());
  return llvm::any_of(P.Units, [&](const std::string &File) {
    return !compat::getCheckNames(Provider->getOptions(File),
                                  /*AllowEnablingAnalyzerAlphaCheckers=*/false)
                .empty();
  });
}

/// The unit's result from \p Cache, or else from analysing it (and then
/// stored when it parsed).
static UnitResult cachedOrAnalysed(const Project &P, const std::string &File,
                                   StringRef ExtraChecks, UnitCache *Cache) {
  if (!Cache)
    return analyseInWorker(P.DatabasePath, File, ExtraChecks);
  auto Provider = makeOptionsProvider(ExtraChecks,
                                      vfs::createPhysicalFileSystem());
  std::string Key = cacheKeyMaterial(Cache->tool(), File, *P.Database,
                                     Provider->getOptions(File));
  if (std::optional<UnitResult> Hit = Cache->lookup(Key))
    return std::move(*Hit);
  UnitResult Result = analyseInWorker(P.DatabasePath, File, ExtraChecks);
  // A failed unit is analysed again next time: its error is shown anew and
  // nothing is assumed about what a broken parse read.
  if (!Result.Failed)
    Cache->store(Key, Result);
  return Result;
}

std::vector<UnitResult> runUnits(const Project &P, StringRef ExtraChecks,
                                 unsigned Jobs, UnitCache *Cache) {
  std::vector<UnitResult> Results(P.Units.size());
  bool ShowProgress = sys::Process::StandardErrIsDisplayed();
  std::mutex ProgressMutex;
  size_t Done = 0;
  // A header's finding counts once, however many units report it.
  std::set<std::tuple<std::string, unsigned, std::string>> FindingsSoFar;
  auto Start = std::chrono::steady_clock::now();
  DefaultThreadPool Pool(hardware_concurrency(Jobs));
  for (size_t I = 0; I < P.Units.size(); ++I)
    Pool.async([&, I] {
      Results[I] = cachedOrAnalysed(P, P.Units[I], ExtraChecks, Cache);
      if (!ShowProgress)
        return;
      std::lock_guard<std::mutex> Lock(ProgressMutex);
      ++Done;
      for (const Finding &F : Results[I].Findings)
        FindingsSoFar.emplace(F.Loc.File, F.Loc.Offset, F.Check);
      auto Elapsed = std::chrono::duration_cast<std::chrono::seconds>(
          std::chrono::steady_clock::now() - Start);
      errs() << "\r\033[K[" << Done << "/" << P.Units.size() << "] "
             << FindingsSoFar.size()
             << (FindingsSoFar.size() == 1 ? " finding, " : " findings, ")
             << Elapsed.count() << "s  " << sys::path::filename(P.Units[I]);
      if (Done == P.Units.size())
        errs() << "\r\033[K";
      errs().flush();
    });
  Pool.wait();
  return Results;
}

} // namespace async_lint
