//===--- Fixes.cpp - async-lint -------------------------------------------===//

#include "Fixes.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace llvm;
using clang::tooling::Replacement;
using clang::tooling::Replacements;

namespace async_lint {

static Error fail(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

static std::string describe(const Finding &F) {
  return F.Loc.File + ":" + std::to_string(F.Loc.Line) + ":" +
         std::to_string(F.Loc.Column) + " [" + F.Check + "]";
}

static bool overlap(const Replacement &A, const Replacement &B) {
  return A.getOffset() < B.getOffset() + B.getLength() &&
         B.getOffset() < A.getOffset() + A.getLength();
}

namespace {
/// A file's new contents, written beside it until every file is ready.
struct PendingFile {
  std::string Target; // the file itself, symbolic links resolved
  std::string Temp;
};
} // namespace

static void removeTemps(const std::vector<PendingFile> &Pending) {
  for (const PendingFile &P : Pending)
    sys::fs::remove(P.Temp);
}

static Expected<PendingFile> writeBeside(StringRef File, StringRef Contents) {
  PendingFile Result;
  SmallString<256> Real;
  // Replace the file a link points to, not the link.
  if (sys::fs::real_path(File, Real))
    Real = File;
  Result.Target = std::string(Real);
  SmallString<256> Temp;
  int FD;
  if (std::error_code EC = sys::fs::createUniqueFile(
          Result.Target + ".async-lint-%%%%%%", FD, Temp))
    return fail("cannot write '" + File + "': " + EC.message());
  Result.Temp = std::string(Temp);
  raw_fd_ostream OS(FD, /*shouldClose=*/true);
  OS << Contents;
  OS.close();
  if (OS.has_error()) {
    std::string Message = OS.error().message();
    OS.clear_error();
    sys::fs::remove(Temp);
    return fail("cannot write '" + File + "': " + Message);
  }
  // Keep the permissions of the file being replaced.
  if (auto Perms = sys::fs::getPermissions(Result.Target))
    sys::fs::setPermissions(Temp, *Perms);
  return Result;
}

Error applyFixes(const std::vector<Finding> &Findings, bool WithNotes,
                 Summary &S) {
  struct Owned {
    Replacement Edit;
    const Finding *Owner;
  };
  std::map<std::string, std::vector<Owned>> Accepted;
  std::map<std::string, Replacements> PerFile;
  for (const Finding &F : Findings) {
    std::vector<Replacement> Edits = F.Fix;
    if (WithNotes)
      for (const Note &N : F.Notes)
        Edits.insert(Edits.end(), N.Fix.begin(), N.Fix.end());
    if (Edits.empty())
      continue;
    // All of a finding's edits, or none of them.
    std::map<std::string, Replacements> Trial = PerFile;
    const Finding *Blocker = nullptr;
    for (const Replacement &R : Edits) {
      bool Duplicate = false; // e.g. the same #include inserted twice
      for (const Owned &O : Accepted[R.getFilePath().str()]) {
        if (R == O.Edit)
          Duplicate = true;
        else if (overlap(R, O.Edit) || (R.getOffset() == O.Edit.getOffset() &&
                                        !R.getLength() && !O.Edit.getLength()))
          Blocker = O.Owner;
      }
      if (Blocker)
        break;
      if (Duplicate)
        continue;
      if (Error E = Trial[R.getFilePath().str()].add(R)) {
        consumeError(std::move(E));
        Blocker = &F; // its own edits conflict
        break;
      }
    }
    if (Blocker) {
      S.FixesNotApplied.push_back(
          describe(F) + (Blocker == &F ? " has conflicting edits"
                                       : " overlaps the fix of " +
                                             describe(*Blocker)));
      continue;
    }
    PerFile = std::move(Trial);
    for (const Replacement &R : Edits)
      Accepted[R.getFilePath().str()].push_back({R, &F});
    ++S.FixesApplied;
  }

  // Every new file is written before any is replaced: an error leaves all
  // of them as they were.
  std::vector<PendingFile> Pending;
  for (const auto &[File, Edits] : PerFile) {
    auto Text = MemoryBuffer::getFile(File);
    Expected<std::string> Fixed =
        Text ? clang::tooling::applyAllReplacements((*Text)->getBuffer(),
                                                    Edits)
             : Expected<std::string>(fail(Text.getError().message()));
    if (!Fixed) {
      removeTemps(Pending);
      return fail("cannot apply fixes to '" + File +
                  "': " + toString(Fixed.takeError()));
    }
    Expected<PendingFile> P = writeBeside(File, *Fixed);
    if (!P) {
      removeTemps(Pending);
      return P.takeError();
    }
    Pending.push_back(std::move(*P));
  }
  for (size_t I = 0; I < Pending.size(); ++I)
    if (std::error_code EC =
            sys::fs::rename(Pending[I].Temp, Pending[I].Target)) {
      removeTemps(ArrayRef(Pending).drop_front(I).vec());
      return fail("cannot replace '" + Pending[I].Target +
                  "': " + EC.message());
    }
  return Error::success();
}

} // namespace async_lint
