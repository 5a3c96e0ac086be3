// async-await-in-loop, cppcoro: the fix needs <cppcoro/when_all_ready.hpp>.
#include <cppcoro/task.hpp>

cppcoro::task<int> fetch(int id);
cppcoro::task<int> fetchAll(int (&ids)[4]) {
  int sum = 0;
  for (int id : ids)
    co_await fetch(id);
  co_return sum;
}
