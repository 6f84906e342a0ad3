#include "core/deck/module_file.hpp"

#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <vector>

#include "core/file/pread_exactly.hpp"

namespace lightning {

namespace {

// An end that overflows or passes the file's size.
bool past(std::uint64_t offset, std::uint64_t bytes, std::uint64_t size) {
    return offset > size || bytes > size - offset;
}

}  // namespace

std::string module_file_problem(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::string("cannot be opened: ") + std::strerror(errno);
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) return "not a regular file";
    const auto size = static_cast<std::uint64_t>(info.st_size);
    Elf64_Ehdr header{};
    if (size < sizeof header || !pread_exactly(fd, &header, sizeof header, 0) ||
        std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0)
        return "not a program library (no ELF header)";
    if (header.e_ident[EI_CLASS] != ELFCLASS64 || header.e_type != ET_DYN ||
        header.e_phentsize != sizeof(Elf64_Phdr))
        return "a library of another kind of machine";
    const std::string cut =
        "cut short (" + std::to_string(size) + " bytes, and parts of it lie beyond)";
    if (header.e_phnum == 0 ||
        past(header.e_phoff, std::uint64_t{header.e_phnum} * sizeof(Elf64_Phdr), size))
        return cut;
    if (header.e_shnum > 0 &&
        past(header.e_shoff, std::uint64_t{header.e_shnum} * header.e_shentsize, size))
        return cut;
    std::vector<Elf64_Phdr> parts(header.e_phnum);
    if (!pread_exactly(fd, parts.data(), parts.size() * sizeof(Elf64_Phdr), header.e_phoff))
        return cut;
    for (const Elf64_Phdr& part : parts)
        if ((part.p_type == PT_LOAD || part.p_type == PT_DYNAMIC) &&
            past(part.p_offset, part.p_filesz, size))
            return cut;
    return {};
}

}  // namespace lightning
