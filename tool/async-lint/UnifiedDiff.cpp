//===--- UnifiedDiff.cpp - async-lint -------------------------------------===//

#include "UnifiedDiff.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <vector>

using namespace llvm;

namespace async_lint {

static SmallVector<StringRef> linesOf(StringRef Text) {
  SmallVector<StringRef> Lines;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Lines.push_back(Line);
    Text = Rest;
  }
  return Lines;
}

namespace {
struct Edit {
  char Kind; // ' ', '-' or '+'
  StringRef Line;
};
} // namespace

/// The line edits from \p A to \p B: the common prefix and suffix, and a
/// longest common subsequence of what is between (fixes change few lines).
static std::vector<Edit> lineEdits(ArrayRef<StringRef> A,
                                   ArrayRef<StringRef> B) {
  size_t Prefix = 0;
  while (Prefix < A.size() && Prefix < B.size() && A[Prefix] == B[Prefix])
    ++Prefix;
  size_t Suffix = 0;
  while (Suffix < A.size() - Prefix && Suffix < B.size() - Prefix &&
         A[A.size() - 1 - Suffix] == B[B.size() - 1 - Suffix])
    ++Suffix;
  ArrayRef<StringRef> MA = A.slice(Prefix, A.size() - Prefix - Suffix);
  ArrayRef<StringRef> MB = B.slice(Prefix, B.size() - Prefix - Suffix);
  // Length[i][j]: LCS of MA[i..] and MB[j..].
  size_t N = MA.size(), M = MB.size();
  std::vector<unsigned> Length((N + 1) * (M + 1), 0);
  auto L = [&](size_t I, size_t J) -> unsigned & {
    return Length[I * (M + 1) + J];
  };
  for (size_t I = N; I-- > 0;)
    for (size_t J = M; J-- > 0;)
      L(I, J) = MA[I] == MB[J] ? L(I + 1, J + 1) + 1
                               : std::max(L(I + 1, J), L(I, J + 1));
  std::vector<Edit> Edits;
  for (StringRef Line : A.take_front(Prefix))
    Edits.push_back({' ', Line});
  size_t I = 0, J = 0;
  while (I < N || J < M) {
    if (I < N && J < M && MA[I] == MB[J]) {
      Edits.push_back({' ', MA[I++]});
      ++J;
    } else if (I < N && (J == M || L(I + 1, J) >= L(I, J + 1))) {
      Edits.push_back({'-', MA[I++]});
    } else {
      Edits.push_back({'+', MB[J++]});
    }
  }
  for (StringRef Line : A.take_back(Suffix))
    Edits.push_back({' ', Line});
  return Edits;
}

void writeUnifiedDiff(raw_ostream &OS, StringRef Name, StringRef Old,
                      StringRef New) {
  SmallVector<StringRef> A = linesOf(Old), B = linesOf(New);
  std::vector<Edit> Edits = lineEdits(A, B);
  const size_t Context = 3;
  OS << "--- a/" << Name << "\n+++ b/" << Name << "\n";
  size_t K = 0;
  while (K < Edits.size()) {
    // The next change with its context; changes separated by at most twice
    // the context share a hunk.
    while (K < Edits.size() && Edits[K].Kind == ' ')
      ++K;
    if (K == Edits.size())
      break;
    size_t Begin = K >= Context ? K - Context : 0;
    size_t Last = K;
    for (size_t T = K + 1; T < Edits.size(); ++T)
      if (Edits[T].Kind != ' ') {
        if (T - Last - 1 > 2 * Context)
          break;
        Last = T;
      }
    size_t End = std::min(Edits.size(), Last + 1 + Context);
    size_t OldStart = 0, NewStart = 0;
    for (size_t T = 0; T < Begin; ++T) {
      OldStart += Edits[T].Kind != '+';
      NewStart += Edits[T].Kind != '-';
    }
    size_t OldCount = 0, NewCount = 0;
    for (size_t T = Begin; T < End; ++T) {
      OldCount += Edits[T].Kind != '+';
      NewCount += Edits[T].Kind != '-';
    }
    // Line numbers count from 1; an empty range names the line before it.
    OS << "@@ -" << (OldCount ? OldStart + 1 : OldStart) << "," << OldCount
       << " +" << (NewCount ? NewStart + 1 : NewStart) << "," << NewCount
       << " @@\n";
    for (size_t T = Begin; T < End; ++T)
      OS << Edits[T].Kind << Edits[T].Line << "\n";
    K = End;
  }
}

} // namespace async_lint
