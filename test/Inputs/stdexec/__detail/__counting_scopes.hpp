// Mock of stdexec/__detail/__counting_scopes.hpp: simple_counting_scope and
// counting_scope (the OWNERS for spawn/spawn_future). `co_await scope.join()`
// (or sync_wait(scope.join())) before destruction.
#pragma once

#include "__sender.hpp"

namespace stdexec {

struct __scope_join_t {};

class simple_counting_scope {
public:
  struct token {
    template <sender S> S &&wrap(S &&s) const noexcept { return static_cast<S &&>(s); }
    bool try_associate() const noexcept { return true; }
    void disassociate() const noexcept {}
  };

  simple_counting_scope() noexcept = default;
  simple_counting_scope(simple_counting_scope &&) = delete;
  ~simple_counting_scope() {}

  token get_token() noexcept { return {}; }
  void close() noexcept {}
  __sndr<__scope_join_t> join() noexcept { return {}; }
};

class counting_scope {
public:
  struct token {
    template <sender S> S &&wrap(S &&s) const noexcept { return static_cast<S &&>(s); }
    bool try_associate() const noexcept { return true; }
    void disassociate() const noexcept {}
  };

  counting_scope() noexcept = default;
  counting_scope(counting_scope &&) = delete;
  ~counting_scope() {}

  token get_token() noexcept { return {}; }
  void close() noexcept {}
  void request_stop() noexcept {}
  __sndr<__scope_join_t> join() noexcept { return {}; }
};

} // namespace stdexec
