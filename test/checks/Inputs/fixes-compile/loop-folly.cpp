// async-await-in-loop, folly: the fix needs <folly/coro/Collect.h>. A fixed
// number of elements: a loop over the input gets no fix (the bound is the
// user's to choose).
#include <array>
#include <folly/coro/Task.h>
#include <vector>

folly::coro::Task<int> fetch(int id);
folly::coro::Task<std::vector<int>> fetchAll(std::array<int, 3> ids) {
  std::vector<int> out;
  for (int id : ids)
    out.push_back(co_await fetch(id));
  co_return out;
}
