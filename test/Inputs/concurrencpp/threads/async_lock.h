// Mock of concurrencpp/threads/async_lock.h: `co_await lock.lock(executor)`
// yields a scoped_async_lock (replacement for std::mutex in coroutines).
#pragma once

#include <memory>

#include <concurrencpp/executors/executor.h>
#include <concurrencpp/results/lazy_result.h>

namespace concurrencpp {

class scoped_async_lock;

class async_lock {
public:
  lazy_result<scoped_async_lock> lock(std::shared_ptr<executor> resume_executor);
  lazy_result<bool> try_lock();
  void unlock() {}
};

class scoped_async_lock {
public:
  scoped_async_lock() noexcept = default;
  scoped_async_lock(scoped_async_lock &&rhs) noexcept = default;
  ~scoped_async_lock() noexcept {}
  bool owns_lock() const noexcept { return true; }
  void unlock() {}
};

} // namespace concurrencpp
