//===--- CompilerFlags.cpp - async-lint -----------------------------------===//
//
// No list of GCC flags: clang's own option table and driver say which
// arguments clang rejects, so the answer follows the clang we link.
//
//===----------------------------------------------------------------------===//

#include "CompilerFlags.h"
#include "LLVMCompat.h"
#include "clang/Basic/DiagnosticDriver.h"
#include "clang/Basic/LangStandard.h"
#include "clang/Driver/Compilation.h"
#include "clang/Driver/Driver.h"
#include "clang/Driver/ToolChain.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/TargetParser/Host.h"

using namespace clang;
using namespace llvm;
namespace opts = async_lint::compat::driver_options;

namespace async_lint {

// Standalone Asio's config.hpp enables co_await under clang only with the
// Coroutines TS (<experimental/coroutine>); from C++20 on, predefine what it
// would define for GCC, unless the command line decides either way.
struct PredefinedMacro {
  const char *Name;
  const char *Disabler;
};
static const PredefinedMacro Cxx20Macros[] = {
    {"ASIO_HAS_CO_AWAIT", "ASIO_DISABLE_CO_AWAIT"},
    {"ASIO_HAS_STD_COROUTINE", "ASIO_DISABLE_STD_COROUTINE"},
};

namespace {

/// Collects the arguments the driver refuses, as it spells them.
class RejectedArguments : public DiagnosticConsumer {
public:
  std::set<std::string> Spellings;

  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    switch (Info.getID()) {
    case diag::err_drv_unknown_argument:
    case diag::err_drv_unknown_argument_with_suggestion:
    case diag::err_drv_unsupported_opt:
    case diag::err_drv_unsupported_opt_with_suggestion:
    case diag::err_drv_unsupported_opt_for_target:
    case diag::err_drv_unsupported_option_argument:
    case diag::err_drv_unsupported_option_argument_for_target:
      break;
    default:
      return;
    }
    if (Info.getNumArgs() == 0)
      return;
    if (Info.getArgKind(0) == DiagnosticsEngine::ak_std_string)
      Spellings.insert(Info.getArgStdStr(0));
    else if (Info.getArgKind(0) == DiagnosticsEngine::ak_c_string)
      Spellings.insert(Info.getArgCStr(0));
  }
};

/// One parsed argument and the command-line words it spans.
struct Word {
  const opt::Arg *Parsed;
  size_t Begin, End; // into the arguments after argv[0]
};

} // namespace

/// What clang's driver rejects in \p Words: the command built without its
/// inputs and with \p File as the only input, so that target-specific
/// options are checked as for a real compilation.
static std::set<std::string> rejectedByDriver(
    const tooling::CommandLineArguments &Args, const std::vector<Word> &Words,
    StringRef File) {
  std::vector<const char *> Argv{Args[0].c_str()};
  for (const Word &W : Words)
    if (!W.Parsed->getOption().matches(opts::OPT_INPUT))
      for (size_t I = W.Begin; I < W.End; ++I)
        Argv.push_back(Args[I + 1].c_str());
  std::string Input = File.str();
  Argv.push_back(Input.c_str());

  RejectedArguments Rejected;
  DiagnosticOptions DiagOpts;
  auto Diags = compat::makeDiagnosticsEngine(DiagOpts, Rejected);
  driver::Driver D(Args[0], sys::getDefaultTargetTriple(), *Diags, "async-lint",
                   vfs::getRealFileSystem());
  D.setTargetAndMode(
      driver::ToolChain::getTargetAndModeFromProgramName(Args[0]));
  std::unique_ptr<driver::Compilation> C(D.BuildCompilation(Argv));
  return std::move(Rejected.Spellings);
}

static bool isCxx20OrLater(const opt::InputArgList &Parsed) {
  const opt::Arg *Std = Parsed.getLastArg(opts::OPT_std_EQ);
  if (!Std)
    return false; // clang's default is C++17
  const LangStandard *Standard =
      LangStandard::getLangStandardForName(Std->getValue());
  return Standard && Standard->isCPlusPlus20();
}

/// Whether the command line defines or undefines \p Macro.
static bool mentionsMacro(const opt::InputArgList &Parsed, StringRef Macro) {
  for (const opt::Arg *A : Parsed.filtered(opts::OPT_D, opts::OPT_U))
    if (StringRef(A->getValue()).split('=').first == Macro)
      return true;
  return false;
}

tooling::ArgumentsAdjuster
clangCompatibilityAdjuster(std::set<std::string> &Dropped) {
  return [&Dropped](const tooling::CommandLineArguments &Args,
                    StringRef File) {
    if (Args.empty())
      return Args;
    std::vector<const char *> Argv;
    for (const std::string &A : Args)
      Argv.push_back(A.c_str());
    if (driver::IsClangCL(driver::getDriverMode(Args[0], Argv)))
      return Args; // cl-style command lines are not GCC's

    ArrayRef<const char *> Rest = ArrayRef(Argv).drop_front();
    unsigned MissingIndex, MissingCount;
    opt::InputArgList Parsed = compat::getDriverOptTable().ParseArgs(
        Rest, MissingIndex, MissingCount,
        opt::Visibility(opts::ClangOption));
    // Each argument spans the words up to the next one; a "--" ends it.
    std::vector<Word> Words;
    for (const opt::Arg *A : Parsed)
      Words.push_back({A, A->getIndex(), Rest.size()});
    llvm::sort(Words,
               [](const Word &L, const Word &R) { return L.Begin < R.Begin; });
    for (size_t I = 0; I < Words.size(); ++I) {
      if (I + 1 < Words.size())
        Words[I].End = Words[I + 1].Begin;
      for (size_t J = Words[I].Begin + 1; J < Words[I].End; ++J)
        if (StringRef(Rest[J]) == "--")
          Words[I].End = J;
    }

    std::set<std::string> Rejected = rejectedByDriver(Args, Words, File);
    std::vector<bool> Drop(Rest.size(), false);
    for (const Word &W : Words) {
      const opt::Arg &A = *W.Parsed;
      if (!A.getOption().matches(opts::OPT_UNKNOWN) &&
          !Rejected.count(A.getAsString(Parsed)) &&
          !Rejected.count(A.getSpelling().str()))
        continue;
      std::string Text;
      for (size_t I = W.Begin; I < W.End; ++I) {
        Drop[I] = true;
        Text += (Text.empty() ? "" : " ") + std::string(Rest[I]);
      }
      Dropped.insert(Text);
    }

    // Compiler warnings are not async-lint's business: GCC-only warning
    // flags, or a clang-only warning under -Werror, must not fail a unit.
    tooling::CommandLineArguments Extra = {
        "-Wno-unknown-warning-option", "-Wno-unused-command-line-argument",
        "-Wno-ignored-optimization-argument", "-Wno-error"};
    if (isCxx20OrLater(Parsed))
      for (const PredefinedMacro &M : Cxx20Macros)
        if (!mentionsMacro(Parsed, M.Name) &&
            !mentionsMacro(Parsed, M.Disabler))
          Extra.push_back(std::string("-D") + M.Name + "=1");

    tooling::CommandLineArguments Result{Args[0]};
    bool Inserted = false;
    for (size_t I = 0; I < Rest.size(); ++I) {
      if (!Inserted && StringRef(Rest[I]) == "--") {
        Result.insert(Result.end(), Extra.begin(), Extra.end());
        Inserted = true;
      }
      if (!Drop[I])
        Result.push_back(Rest[I]);
    }
    if (!Inserted)
      Result.insert(Result.end(), Extra.begin(), Extra.end());
    return Result;
  };
}

} // namespace async_lint
