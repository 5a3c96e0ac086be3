//===--- FirstError.cpp - async-lint --------------------------------------===//

#include "FirstError.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace llvm;

namespace async_lint {

void FirstErrorRecorder::HandleDiagnostic(DiagnosticsEngine::Level Level,
                                          const Diagnostic &Info) {
  DiagnosticConsumer::HandleDiagnostic(Level, Info);
  if (!First && Level >= DiagnosticsEngine::Error) {
    SmallString<128> Message;
    Info.FormatDiagnostic(Message);
    Location Loc;
    if (Info.getLocation().isValid() && Info.hasSourceManager()) {
      const SourceManager &SM = Info.getSourceManager();
      auto [File, Offset] =
          SM.getDecomposedLoc(SM.getFileLoc(Info.getLocation()));
      if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File)) {
        SmallString<256> Path(Entry->getName());
        if (!sys::path::is_absolute(Path))
          sys::path::make_absolute(Directory, Path);
        sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
        Loc = {std::string(Path), Offset};
      }
    }
    First.emplace(std::string(Message), std::move(Loc));
  }
  Target.HandleDiagnostic(Level, Info);
}

} // namespace async_lint
