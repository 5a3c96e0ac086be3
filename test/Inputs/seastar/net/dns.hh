// Mock of seastar/net/dns.hh: the non-blocking replacement for
// getaddrinfo()/gethostbyname().
#pragma once

#include <vector>

#include <seastar/core/future.hh>
#include <seastar/core/sstring.hh>
#include <seastar/net/inet_address.hh>

namespace seastar::net {

struct hostent {
  std::vector<sstring> names;
  std::vector<inet_address> addr_list;
};

class dns_resolver {
public:
  future<hostent> get_host_by_name(const sstring &name, opt_family family = {}) {
    (void)name, (void)family;
    return make_ready_future<hostent>();
  }
  future<inet_address> resolve_name(const sstring &name, opt_family family = {}) {
    (void)name, (void)family;
    return make_ready_future<inet_address>();
  }
  future<> close() { return make_ready_future<>(); }
};

namespace dns {
inline future<hostent> get_host_by_name(const sstring &name, opt_family family = {}) {
  (void)name, (void)family;
  return make_ready_future<hostent>();
}
inline future<hostent> get_host_by_addr(const inet_address &addr) {
  (void)addr;
  return make_ready_future<hostent>();
}
inline future<inet_address> resolve_name(const sstring &name, opt_family family = {}) {
  (void)name, (void)family;
  return make_ready_future<inet_address>();
}
inline future<sstring> resolve_addr(const inet_address &addr) {
  (void)addr;
  return make_ready_future<sstring>();
}
} // namespace dns

} // namespace seastar::net
