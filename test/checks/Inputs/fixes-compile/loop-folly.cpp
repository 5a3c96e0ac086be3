// async-await-in-loop, folly: the fix needs <folly/coro/Collect.h>.
#include <folly/coro/Task.h>
#include <vector>

folly::coro::Task<int> fetch(int id);
folly::coro::Task<std::vector<int>> fetchAll(std::vector<int> ids) {
  std::vector<int> out;
  for (int id : ids)
    out.push_back(co_await fetch(id));
  co_return out;
}
