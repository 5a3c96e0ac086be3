// Mock of async_simple/Executor.h (1.4): the executor interface.
#ifndef ASYNC_SIMPLE_EXECUTOR_H
#define ASYNC_SIMPLE_EXECUTOR_H

#include <chrono>
#include <functional>

namespace async_simple {

class Executor {
public:
  using Func = std::function<void()>;
  using Duration = std::chrono::duration<int64_t, std::micro>;
  virtual ~Executor() = default;
  virtual bool schedule(Func func) = 0;
  virtual bool currentThreadInExecutor() const { return false; }
};

} // namespace async_simple

#endif
