// Mock of Boost.Cobalt: join.
#ifndef MOCK_BOOST_COBALT_JOIN_HPP
#define MOCK_BOOST_COBALT_JOIN_HPP

#include <boost/cobalt/task.hpp>
#include <tuple>

namespace boost::cobalt {
template <typename... T> task<std::tuple<T...>> join(task<T>...);
} // namespace boost::cobalt

#endif
