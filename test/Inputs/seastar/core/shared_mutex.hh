// Mock of seastar/core/shared_mutex.hh: future-returning lock operations.
#pragma once

#include <seastar/core/future.hh>

namespace seastar {

class shared_mutex {
public:
  future<> lock() { return make_ready_future<>(); }
  bool try_lock() { return true; }
  void unlock() {}
  future<> lock_shared() { return make_ready_future<>(); }
  bool try_lock_shared() { return true; }
  void unlock_shared() {}
};

} // namespace seastar
