#include "core/deck/toml_text_guard.hpp"

#include <vector>

namespace lightning {
namespace {

// A small lexer that knows just enough TOML to tell strings and comments from the rest: where a
// quote opens a string (at the start of a key or value, as toml++ sees it), and where a bare
// word (key, number, date, true) ends. Anything it is unsure of counts as outside a string, so
// at worst a valid but odd file gets a clear refusal, never undefined behaviour.
class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(text) {}

    std::optional<TomlTextProblem> run() {
        for (i_ = 0; i_ < text_.size(); ++i_) {
            const auto byte = static_cast<unsigned char>(text_[i_]);
            if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f)
                return problem("it contains a control character (code " + std::to_string(byte) +
                               "); save the file as plain UTF-8 text");
            if (byte == '\n') {
                new_line();
                continue;
            }
            std::optional<TomlTextProblem> found;
            switch (in_) {
                case In::Code:
                    found = code(byte);
                    break;
                case In::Basic:
                case In::MultiBasic:
                    found = basic_string(byte);
                    break;
                case In::Literal:
                    if (byte == '\'') close_string();
                    break;
                case In::MultiLiteral:
                    if (starts("'''")) close_multi_line('\'');
                    break;
                case In::Comment:
                    break;
            }
            if (found) return found;
        }
        return std::nullopt;
    }

private:
    enum class In { Code, Comment, Basic, Literal, MultiBasic, MultiLiteral };

    bool starts(std::string_view what) const { return text_.substr(i_, what.size()) == what; }
    TomlTextProblem problem(std::string what) const { return {line_, std::move(what)}; }
    // A key's side of the line: before '=' at the top level, where '.' joins key parts.
    // ... and inside an inline table, before its own '=' (keys follow '{' and ',' there).
    bool key_side() const {
        if (open_.empty()) return !after_equals_;
        return open_.back().inline_table && !open_.back().after_equals;
    }

    void new_line() {
        ++line_;
        bare_ = false;
        boundary_ = true;
        if (open_.empty()) after_equals_ = false;
        if (in_ == In::Comment || in_ == In::Basic || in_ == In::Literal) in_ = In::Code;
    }

    std::optional<TomlTextProblem> code(unsigned char byte) {
        if (bare_) {
            // toml++ reads a bare word up to a value terminator; a key also ends at '=' or '.'.
            const bool ends = std::string_view(" \t\r,]}#").find(static_cast<char>(byte)) !=
                                  std::string_view::npos ||
                              (key_side() && (byte == '=' || byte == '.'));
            if (!ends) return byte >= 0x80 ? outside_quotes() : std::nullopt;
            bare_ = false;
        }
        switch (byte) {
            case ' ':
            case '\t':
            case '\r':
                break;
            case '#':
                in_ = In::Comment;
                break;
            case '=':
                boundary_ = true;
                if (open_.empty())
                    after_equals_ = true;
                else if (open_.back().inline_table)
                    open_.back().after_equals = true;
                break;
            case ',':
                boundary_ = true;
                if (!open_.empty() && open_.back().inline_table) open_.back().after_equals = false;
                break;
            case '.':
                boundary_ = key_side();
                break;
            case '[':
            case '{':
                if (boundary_ && (after_equals_ || !open_.empty()))  // not a [table] header
                    open_.push_back(Open{byte == '{', false});
                break;
            case ']':
            case '}':
                if (!open_.empty()) open_.pop_back();
                boundary_ = false;
                break;
            case '"':
            case '\'':
                if (boundary_) open_string(byte);
                boundary_ = false;
                break;
            default:
                if (byte >= 0x80) return outside_quotes();
                bare_ = true;
                boundary_ = false;
        }
        return std::nullopt;
    }

    void open_string(unsigned char quote) {
        const bool multi = quote == '"' ? starts("\"\"\"") : starts("'''");
        in_ = quote == '"' ? (multi ? In::MultiBasic : In::Basic)
                           : (multi ? In::MultiLiteral : In::Literal);
        if (multi) i_ += 2;
    }
    void close_string() { in_ = In::Code; }
    void close_multi_line(char quote) {
        i_ += 2;
        while (i_ + 1 < text_.size() && text_[i_ + 1] == quote) ++i_;  // """a"""" ends in a quote
        close_string();
    }

    std::optional<TomlTextProblem> basic_string(unsigned char byte) {
        if (byte == '\\' && in_ == In::MultiBasic) {
            // toml++ asks its whitespace table about the character after a backslash, and after
            // a line-ending backslash about the first character that is not a space.
            size_t next = i_ + 1;
            int lines = 0;
            while (next < text_.size() &&
                   std::string_view(" \t\r\n").find(text_[next]) != std::string_view::npos)
                lines += text_[next++] == '\n';
            if (next < text_.size() && static_cast<unsigned char>(text_[next]) >= 0x80)
                return TomlTextProblem{
                    line_ + lines,
                    "a backslash in a \"\"\" string is followed by a non-ASCII "
                    "character, which lightning cannot read: remove the backslash"};
            line_ += lines;
            i_ = next == i_ + 1 ? next : next - 1;  // skip the escaped character, or the spaces
        } else if (byte == '\\') {
            if (i_ + 1 < text_.size() && text_[i_ + 1] != '\n') ++i_;  // an escaped character
        } else if (in_ == In::Basic && byte == '"') {
            close_string();
        } else if (in_ == In::MultiBasic && starts("\"\"\"")) {
            close_multi_line('"');
        }
        return std::nullopt;
    }

    std::optional<TomlTextProblem> outside_quotes() const {
        size_t length = 1;
        while (i_ + length < text_.size() &&
               (static_cast<unsigned char>(text_[i_ + length]) & 0xC0) == 0x80)
            ++length;
        const std::string character(text_.substr(i_, length));
        const bool curly = character == "\u201C" || character == "\u201D" ||
                           character == "\u2018" || character == "\u2019";
        if (curly)
            return problem(
                "\"" + character +
                "\" is a curly quote; write text in straight quotes, like title = \"My talk\"");
        return problem("\"" + character +
                       "\" is outside quotes; put text in quotes, like title = \"My talk\"");
    }

    std::string_view text_;
    size_t i_ = 0;
    int line_ = 1;
    In in_ = In::Code;
    bool bare_ = false;     // inside a bare key or value (a word toml++ reads to its end)
    bool boundary_ = true;  // where a key or value may begin (a quote here opens a string)
    bool after_equals_ = false;
    // The arrays and inline tables open on a value's side, innermost last. An inline table has
    // keys of its own: `l = {k = "v" ș` must see the quote after its '=' as opening a string (the
    // lineup fuzzer found this reaching toml++'s whitespace table).
    struct Open {
        bool inline_table = false;
        bool after_equals = false;  // an inline table's: past the '=' of its current key
    };
    std::vector<Open> open_;
};

}  // namespace

std::optional<TomlTextProblem> find_untomlable_text(std::string_view text) {
    return Lexer(text).run();
}

}  // namespace lightning
