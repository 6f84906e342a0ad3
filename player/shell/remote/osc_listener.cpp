#include "shell/remote/osc_listener.hpp"

#include <lo/lo.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

#include "core/remote/osc_mapping.hpp"

namespace lightning {

namespace {

// The socket bound to `bind`:`port`, or a throw that says what to do.
int bound_socket(const std::string& bind, int port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* found = nullptr;
    const std::string where = bind + ":" + std::to_string(port);
    if (const int error = ::getaddrinfo(bind.c_str(), std::to_string(port).c_str(), &hints, &found);
        error != 0)
        throw std::runtime_error("--osc-bind " + bind + ": not an address of this machine (" +
                                 ::gai_strerror(error) + ")");
    const std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> addresses(found, ::freeaddrinfo);
    std::string problem = "no address";
    for (addrinfo* a = found; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) continue;
        if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0) return fd;
        problem = std::strerror(errno);
        ::close(fd);
    }
    throw std::runtime_error("cannot listen for OSC on " + where + " (" + problem +
                             "): is another program using that port? Choose another with "
                             "--osc-listen PORT");
}

int bound_port(int fd) {
    sockaddr_storage address{};
    socklen_t size = sizeof address;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) return 0;
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port);
    return 0;
}

// The message's arguments as the mapping takes them; other OSC types become a word the mapping
// refuses.
std::vector<OscArg> arguments(lo_message message) {
    std::vector<OscArg> args;
    const char* types = lo_message_get_types(message);
    lo_arg** argv = lo_message_get_argv(message);
    const int count = lo_message_get_argc(message);
    for (int i = 0; i < count && types && types[i]; ++i) {
        switch (types[i]) {
            case LO_INT32:
                args.emplace_back(argv[i]->i);
                break;
            case LO_FLOAT:
                args.emplace_back(argv[i]->f);
                break;
            case LO_DOUBLE:
                args.emplace_back(static_cast<float>(argv[i]->d));
                break;
            case LO_STRING:
            case LO_SYMBOL:
                args.emplace_back(std::string(&argv[i]->s));
                break;
            default:
                args.emplace_back(std::string("?") + types[i]);
        }
    }
    return args;
}

}  // namespace

OscListener::OscListener(const std::string& bind, int port, RemoteInbox& inbox, const Clock& clock,
                         std::function<void()> wake)
    : inbox_(inbox), clock_(clock), wake_(std::move(wake)) {
    socket_ = bound_socket(bind, port);
    port_ = bound_port(socket_);
    stop_ = ::eventfd(0, EFD_CLOEXEC);
    if (stop_ < 0) {
        ::close(socket_);
        throw std::runtime_error("cannot start the OSC listener: " +
                                 std::string(std::strerror(errno)));
    }
    thread_ = std::thread([this] { run(); });
}

OscListener::~OscListener() {
    const std::uint64_t one = 1;
    if (::write(stop_, &one, sizeof one) < 0) {  // cannot happen on an eventfd; join anyway
    }
    thread_.join();
    ::close(stop_);
    ::close(socket_);
}

void OscListener::run() {
    // One datagram at most 64 KB; the buffer is this thread's, reused.
    std::vector<unsigned char> buffer(65536);
    pollfd wait[2] = {{socket_, POLLIN, 0}, {stop_, POLLIN, 0}};
    for (;;) {
        if (::poll(wait, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (wait[1].revents) return;
        const ssize_t got = ::recv(socket_, buffer.data(), buffer.size(), MSG_DONTWAIT);
        if (got > 0) handle(buffer.data(), static_cast<size_t>(got));
    }
}

void OscListener::handle(const unsigned char* data, size_t size) {
    // liblo checks the whole packet (padding, type tags, argument sizes) before anything is read.
    if (size < 4 || data[0] != '/' || !std::memchr(data, 0, size)) {  // a bundle, or garbage
        ++dropped_;
        return;
    }
    int result = 0;
    lo_message message = lo_message_deserialise(const_cast<unsigned char*>(data), size, &result);
    if (!message) {
        ++dropped_;
        return;
    }
    const OscMessage parsed{reinterpret_cast<const char*>(data), arguments(message)};
    lo_message_free(message);
    const auto command = osc_command(parsed);
    bool wake = false;
    if (!command || !inbox_.post(*command, clock_.now(), &wake)) {
        ++dropped_;
        return;
    }
    if (wake && wake_) wake_();
}

}  // namespace lightning
