// Mock of folly/Executor.h (facebook/folly v2026.08): folly::Executor and its
// KeepAlive token. Only the shape the async-lint tests need.
#pragma once

#include <functional>

namespace folly {

class Executor {
public:
  virtual ~Executor() = default;
  virtual void add(std::function<void()> func) = 0;

  template <typename ExecutorT = Executor> class KeepAlive {
  public:
    KeepAlive() noexcept = default;
    KeepAlive(ExecutorT *executor) noexcept : executor_(executor) {}
    ExecutorT *get() const noexcept { return executor_; }
    ExecutorT *operator->() const noexcept { return executor_; }
    explicit operator bool() const noexcept { return executor_ != nullptr; }

  private:
    ExecutorT *executor_ = nullptr;
  };
};

template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT *executor) {
  return Executor::KeepAlive<ExecutorT>(executor);
}

class CPUThreadPoolExecutor : public Executor {
public:
  explicit CPUThreadPoolExecutor(std::size_t numThreads) { (void)numThreads; }
  void add(std::function<void()>) override {}
};

Executor::KeepAlive<Executor> getGlobalCPUExecutor();

} // namespace folly
