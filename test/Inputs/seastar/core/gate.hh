// Mock of seastar/core/gate.hh: the OWNER for background fibers.
// with_gate(g, f), g.hold() -> gate::holder; join with `co_await g.close()`.
#pragma once

#include <cstddef>
#include <optional>
#include <type_traits>

#include <seastar/core/future.hh>

namespace seastar {

class gate {
public:
  class holder {
  public:
    holder() noexcept = default;
    explicit holder(gate &g) : _g(&g) {}
    holder(holder &&other) noexcept : _g(other._g) { other._g = nullptr; }
    holder &operator=(holder &&other) noexcept {
      _g = other._g;
      other._g = nullptr;
      return *this;
    }
    ~holder() {}
    void release() noexcept { _g = nullptr; }

  private:
    gate *_g = nullptr;
  };

  gate() = default;
  gate(const gate &) = delete;
  ~gate() {}

  bool try_enter() noexcept { return true; }
  void enter() {}
  void leave() noexcept {}
  void check() const {}
  future<> close() noexcept { return make_ready_future<>(); }
  std::size_t get_count() const noexcept { return 0; }
  bool is_closed() const noexcept { return false; }
  holder hold() { return holder(*this); }
  std::optional<holder> try_hold() noexcept { return holder(*this); }
};

template <typename Func> auto with_gate(gate &g, Func &&func) -> futurize_t<std::invoke_result_t<Func>> {
  (void)g;
  (void)func;
  return make_ready_future<typename futurize_t<std::invoke_result_t<Func>>::value_type>();
}
template <typename Func>
auto try_with_gate(gate &g, Func &&func) noexcept -> futurize_t<std::invoke_result_t<Func>> {
  return with_gate(g, static_cast<Func &&>(func));
}

} // namespace seastar
