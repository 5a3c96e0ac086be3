// async-await-in-loop, libcoro: the fix needs <coro/when_all.hpp>.
#include <coro/task.hpp>
#include <vector>

coro::task<int> fetch(int id);
coro::task<std::vector<int>> fetchAll() {
  std::vector<int> out;
  for (int id : {1, 2, 3})
    out.push_back(co_await fetch(id));
  co_return out;
}
