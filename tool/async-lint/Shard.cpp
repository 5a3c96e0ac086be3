//===--- Shard.cpp - async-lint -------------------------------------------===//

#include "Shard.h"
#include "Sources.h"
#include <algorithm>

using namespace llvm;

namespace async_lint {

Expected<Shard> parseShard(StringRef Text) {
  auto [K, N] = Text.split('/');
  Shard S;
  // getAsInteger rejects signs, spaces and trailing text.
  if (!Text.contains('/') || K.getAsInteger(10, S.Index) ||
      N.getAsInteger(10, S.Count) || S.Count == 0 || S.Index == 0 ||
      S.Index > S.Count)
    return createStringError(inconvertibleErrorCode(),
                             "invalid --shard '" + Text +
                                 "': expected K/N with 1 <= K <= N");
  return S;
}

std::vector<std::string> selectShard(const std::vector<std::string> &Units,
                                     const Shard &S, StringRef BaseDirectory) {
  std::vector<std::pair<std::string, std::string>> Ordered;
  for (const std::string &Unit : Units)
    Ordered.emplace_back(relativeTo(Unit, BaseDirectory), Unit);
  std::sort(Ordered.begin(), Ordered.end());
  std::vector<std::string> Result;
  for (size_t I = S.Index - 1; I < Ordered.size(); I += S.Count)
    Result.push_back(Ordered[I].second);
  std::sort(Result.begin(), Result.end()); // Project::Units stays sorted
  return Result;
}

} // namespace async_lint
