//===--- FirstError.cpp - async-lint --------------------------------------===//

#include "FirstError.h"
#include "LLVMCompat.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace llvm;

namespace async_lint {

Location FirstErrorRecorder::fileLocation(const SourceManager &SM,
                                          SourceLocation L) const {
  auto [File, Offset] = SM.getDecomposedLoc(SM.getFileLoc(L));
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
  if (!Entry)
    return {};
  SmallString<256> Path(Entry->getName());
  if (!sys::path::is_absolute(Path))
    async_lint::compat::makeAbsolute(Directory, Path);
  sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return {std::string(Path), Offset};
}

void FirstErrorRecorder::HandleDiagnostic(DiagnosticsEngine::Level Level,
                                          const Diagnostic &Info) {
  DiagnosticConsumer::HandleDiagnostic(Level, Info);
  bool Located = Info.getLocation().isValid() && Info.hasSourceManager();
  if (!First && Level >= DiagnosticsEngine::Error) {
    SmallString<128> Message;
    Info.FormatDiagnostic(Message);
    First.emplace(std::string(Message),
                  Located ? fileLocation(Info.getSourceManager(),
                                         Info.getLocation())
                          : Location());
  }
  if (Level == DiagnosticsEngine::Warning && Located && LangOpts) {
    const SourceManager &SM = Info.getSourceManager();
    Location Loc = fileLocation(SM, Info.getLocation());
    // Without a highlighted range (most checks give none), the token.
    RangeEnds[{Loc.File, Loc.Offset}] =
        Loc.Offset + Lexer::MeasureTokenLength(
                         SM.getFileLoc(Info.getLocation()), SM, *LangOpts);
    for (const CharSourceRange &R : Info.getRanges()) {
      SourceLocation End = SM.getFileLoc(R.getEnd());
      if (R.isTokenRange())
        End = Lexer::getLocForEndOfToken(End, 0, SM, *LangOpts);
      Location B = fileLocation(SM, R.getBegin()), E = fileLocation(SM, End);
      if (B.File == Loc.File && E.File == Loc.File && B.Offset <= Loc.Offset &&
          Loc.Offset < E.Offset) {
        RangeEnds[{Loc.File, Loc.Offset}] = E.Offset;
        break;
      }
    }
  }
  Target.HandleDiagnostic(Level, Info);
}

unsigned FirstErrorRecorder::rangeEnd(const Location &Loc) const {
  auto It = RangeEnds.find({Loc.File, Loc.Offset});
  return It == RangeEnds.end() ? 0 : It->second;
}

} // namespace async_lint
