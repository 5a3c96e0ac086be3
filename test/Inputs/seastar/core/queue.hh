// Mock of seastar/core/queue.hh: pop_eventually() in a loop is a legitimate
// sequential await.
#pragma once

#include <cstddef>
#include <exception>

#include <seastar/core/future.hh>

namespace seastar {

template <typename T> class queue {
public:
  explicit queue(std::size_t size) { (void)size; }
  bool push(T &&a) { (void)a; return true; }
  T pop() { std::terminate(); }
  future<T> pop_eventually() noexcept { return make_ready_future<T>(); }
  future<> push_eventually(T &&data) noexcept { (void)data; return make_ready_future<>(); }
  bool empty() const noexcept { return true; }
  bool full() const noexcept { return false; }
  std::size_t size() const noexcept { return 0; }
  future<> not_empty() noexcept { return make_ready_future<>(); }
  future<> not_full() noexcept { return make_ready_future<>(); }
  void abort(std::exception_ptr ex) noexcept { (void)ex; }
};

} // namespace seastar
