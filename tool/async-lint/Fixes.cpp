//===--- Fixes.cpp - async-lint -------------------------------------------===//

#include "Fixes.h"
#include "AtomicFile.h"
#include "Sources.h"
#include "UnifiedDiff.h"
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

/// "file:line:col [check]", the file relative to \p Root as in the report.
static std::string describe(const Finding &F, StringRef Root) {
  return relativeTo(F.Loc.File, Root) + ":" + std::to_string(F.Loc.Line) + ":" +
         std::to_string(F.Loc.Column) + " [" + F.Check + "]";
}

static bool overlap(const Replacement &A, const Replacement &B) {
  return A.getOffset() < B.getOffset() + B.getLength() &&
         B.getOffset() < A.getOffset() + A.getLength();
}

/// Writes \p Contents beside the file \p File resolves to (a symbolic link is
/// not replaced: the file it points to is), not yet over it.
static Expected<std::unique_ptr<AtomicFile>> writeBeside(StringRef File,
                                                         StringRef Contents) {
  SmallString<256> Real;
  if (sys::fs::real_path(File, Real))
    Real = File;
  auto Pending = AtomicFile::create(Real);
  if (!Pending)
    return Pending.takeError();
  (*Pending)->os() << Contents;
  if (Error E = (*Pending)->close())
    return std::move(E);
  return Pending;
}

/// An insertion of #include lines (and blank lines) only.
static bool isIncludeInsertion(const Replacement &R) {
  if (R.getLength() != 0 || R.getReplacementText().empty())
    return false;
  SmallVector<StringRef> Lines;
  R.getReplacementText().split(Lines, '\n');
  return all_of(Lines, [](StringRef Line) {
    Line = Line.trim();
    return Line.empty() || Line.starts_with("#include");
  });
}

/// Adds the #include insertion \p R to \p Edits. Fixes of different checks
/// insert their headers at the same place (clang-tidy would insert a shared
/// one twice): one insertion holds them all, each #include line once.
static Error addIncludes(Replacements &Edits, const Replacement &R) {
  std::string Block;
  Replacements Others;
  for (const Replacement &E : Edits) {
    if (E.getOffset() == R.getOffset() && isIncludeInsertion(E)) {
      Block = E.getReplacementText().str();
      continue;
    }
    cantFail(Others.add(E)); // they were compatible already
  }
  if (Block.empty()) {
    Block = R.getReplacementText().str();
  } else {
    SmallVector<StringRef> Lines;
    R.getReplacementText().split(Lines, '\n', -1, /*KeepEmpty=*/false);
    for (StringRef Line : Lines)
      if (!Line.trim().empty() &&
          !StringRef(Block).contains((Line + "\n").str()))
        Block += (Line + "\n").str();
  }
  Edits = std::move(Others);
  return Edits.add(Replacement(R.getFilePath(), R.getOffset(), 0, Block));
}

Error applyFixes(const std::vector<Finding> &Findings, bool WithNotes,
                 Summary &S, raw_ostream *DryRun, StringRef Root) {
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
        else if (overlap(R, O.Edit) ||
                 (R.getOffset() == O.Edit.getOffset() && !R.getLength() &&
                  !O.Edit.getLength() &&
                  !(isIncludeInsertion(R) && isIncludeInsertion(O.Edit))))
          Blocker = O.Owner;
      }
      if (Blocker)
        break;
      if (Duplicate)
        continue;
      Replacements &FileEdits = Trial[R.getFilePath().str()];
      if (Error E = isIncludeInsertion(R) ? addIncludes(FileEdits, R)
                                          : FileEdits.add(R)) {
        consumeError(std::move(E));
        Blocker = &F; // its own edits conflict
        break;
      }
    }
    if (Blocker) {
      S.FixesNotApplied.push_back(
          describe(F, Root) +
          (Blocker == &F ? " has conflicting edits"
                         : " overlaps the fix of " + describe(*Blocker, Root)));
      continue;
    }
    PerFile = std::move(Trial);
    for (const Replacement &R : Edits)
      Accepted[R.getFilePath().str()].push_back({R, &F});
    ++S.FixesApplied;
  }

  // Every new file is written before any is replaced: an error leaves all
  // of them as they were (unreplaced temporary files are removed).
  std::vector<std::unique_ptr<AtomicFile>> Pending;
  for (const auto &[File, Edits] : PerFile) {
    auto Text = MemoryBuffer::getFile(File);
    Expected<std::string> Fixed =
        Text ? clang::tooling::applyAllReplacements((*Text)->getBuffer(),
                                                    Edits)
             : Expected<std::string>(fail(Text.getError().message()));
    if (!Fixed)
      return fail("cannot apply fixes to '" + File +
                  "': " + toString(Fixed.takeError()));
    if (DryRun) {
      writeUnifiedDiff(*DryRun, relativeTo(File, Root), (*Text)->getBuffer(),
                       *Fixed);
      continue;
    }
    auto P = writeBeside(File, *Fixed);
    if (!P)
      return P.takeError();
    Pending.push_back(std::move(*P));
  }
  for (std::unique_ptr<AtomicFile> &P : Pending)
    if (Error E = P->commit())
      return E;
  return Error::success();
}

} // namespace async_lint
