//===--- Includers.cpp - async-lint ---------------------------------------===//

#include "Includers.h"
#include "Worker.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include <algorithm>

using namespace llvm;

namespace async_lint {

Error addIncluders(Project &P, StringRef Checks, unsigned Jobs) {
  if (P.OtherFiles.empty())
    return Error::success();
  std::vector<std::string> Others;
  for (const std::string &Unit : P.AllUnits)
    if (!std::binary_search(P.Units.begin(), P.Units.end(), Unit))
      Others.push_back(Unit);
  std::vector<UnitResult> Results(Others.size());
  DefaultThreadPool Pool(hardware_concurrency(Jobs));
  for (size_t I = 0; I < Others.size(); ++I)
    Pool.async([&, I] {
      Results[I] = includesInWorker(P.DatabasePath, Others[I], Checks);
    });
  Pool.wait();

  StringSet<> Wanted, Found;
  for (const std::string &File : P.OtherFiles)
    Wanted.insert(File);
  for (size_t I = 0; I < Others.size(); ++I)
    for (const InputFile &Input : Results[I].Inputs) {
      SmallString<256> Path(Input.Path); // "src/../include/a.h" as opened
      sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      if (!Wanted.contains(Path))
        continue;
      Found.insert(Path);
      if (P.Units.empty() || P.Units.back() != Others[I])
        P.Units.push_back(Others[I]);
    }
  for (const std::string &File : P.OtherFiles)
    if (!Found.contains(File))
      return createStringError(inconvertibleErrorCode(),
                               "'" + File + "' is not a unit of '" +
                                   P.DatabasePath + "' and no unit includes it");
  std::sort(P.Units.begin(), P.Units.end());
  P.Units.erase(std::unique(P.Units.begin(), P.Units.end()), P.Units.end());
  return Error::success();
}

} // namespace async_lint
