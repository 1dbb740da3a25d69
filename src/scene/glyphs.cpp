// The glyphs the UI font lacks, and shaped runs: see glyphs.h.
#include "scene/glyphs.h"

#include <algorithm>

#include "core/utf8.h"
#include "scene/scene.h"
#include "scene/strings.h"

namespace accord::scene {

bool always_drawn(char32_t cp) { return (cp >= 0x20 && cp <= 0x7E) || cp == 0x2026 || cp == 0x00B7; }

bool is_right_to_left(char32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
}

bool needs_shaping(char32_t cp) {
    return is_right_to_left(cp) ||
           (cp >= 0x0900 && cp <= 0x0DFF) ||  // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
           (cp >= 0x0E00 && cp <= 0x0EFF) ||  // Thai, Lao (marks stacked on their letters)
           (cp >= 0x1000 && cp <= 0x109F) ||  // Myanmar
           (cp >= 0x1780 && cp <= 0x17FF) ||  // Khmer
           (cp >= 0xA8E0 && cp <= 0xA8FF) ||  // Devanagari Extended
           cp == 0x200C || cp == 0x200D;      // zero-width (non-)joiner, inside shaped words
}

namespace {

enum class TokenKind { plain, ltr_run, rtl_run, space };
struct Token {
    TokenKind kind;
    std::string_view text;
};

// Splits `text` into shaped runs, single spaces and the plain text between them.
std::vector<Token> tokens(std::string_view text) {
    std::vector<Token> out;
    std::size_t at = 0, plain_start = 0;
    const auto flush_plain = [&](std::size_t end) {
        if (end > plain_start) out.push_back({TokenKind::plain, text.substr(plain_start, end - plain_start)});
    };
    while (at < text.size()) {
        const Utf8Decoded d = decode_utf8(text, at);
        if (d.length == 0) {
            ++at;
            continue;
        }
        if (needs_shaping(d.cp) && d.cp != 0x200C && d.cp != 0x200D) {
            flush_plain(at);
            const std::size_t start = at;
            bool rtl = false;
            while (at < text.size()) {
                const Utf8Decoded e = decode_utf8(text, at);
                if (e.length == 0 || !needs_shaping(e.cp)) break;
                rtl = rtl || is_right_to_left(e.cp);
                at += e.length;
            }
            out.push_back({rtl ? TokenKind::rtl_run : TokenKind::ltr_run, text.substr(start, at - start)});
            plain_start = at;
        } else if (d.cp == ' ') {
            flush_plain(at);
            out.push_back({TokenKind::space, text.substr(at, 1)});
            at += 1;
            plain_start = at;
        } else {
            at += d.length;
        }
    }
    flush_plain(text.size());
    return out;
}

bool has_shaped(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const Utf8Decoded d = decode_utf8(text, at);
        if (d.length == 0) {
            ++at;
            continue;
        }
        if (needs_shaping(d.cp)) return true;
        at += d.length;
    }
    return false;
}

}  // namespace

void GlyphNeeds::add_text(std::string_view text) {
    bool shaped = false;
    for (std::size_t at = 0; at < text.size();) {
        const Utf8Decoded d = decode_utf8(text, at);
        if (d.length == 0) {
            ++at;
            continue;
        }
        at += d.length;
        if (needs_shaping(d.cp)) shaped = true;
        else if (!always_drawn(d.cp) && d.cp >= 0x20 && d.cp <= 0xFFFF) codepoints.push_back(d.cp);
    }
    if (!shaped) return;
    for (const Token& t : tokens(text)) {
        if (t.kind != TokenKind::ltr_run && t.kind != TokenKind::rtl_run) continue;
        if (runs.size() < max_runs && std::find(runs.begin(), runs.end(), t.text) == runs.end()) runs.emplace_back(t.text);
    }
}

void GlyphNeeds::finish() {
    std::sort(codepoints.begin(), codepoints.end());
    codepoints.erase(std::unique(codepoints.begin(), codepoints.end()), codepoints.end());
}

GlyphNeeds glyph_needs(const MapScene& scene, std::string_view extra, const std::vector<std::string>& known_runs) {
    GlyphNeeds needs;
    needs.runs = known_runs;
    for (char32_t cp = 0x20; cp <= 0x7E; ++cp) needs.codepoints.push_back(cp);
    needs.codepoints.push_back(0x2026);
    needs.codepoints.push_back(0x00B7);
    for (const char* text : all_texts(strings())) needs.add_text(text);
    for (const Language language : all_languages) needs.add_text(language_autonym(language));  // the switch lists them all
    needs.add_text(extra);
    if (const Dataset* d = scene.dataset) {
        for (Index p = 0; p < d->parties.size(); ++p) {
            needs.add_text(party_name(scene, p));
            needs.add_text(d->parties[p].name);
            for (const std::string& alias : d->parties[p].aliases) needs.add_text(alias);
        }
        for (const Source& s : d->sources) {
            needs.add_text(s.title);
            needs.add_text(s.publisher);
            needs.add_text(s.supports);
            needs.add_text(s.url);
        }
        for (const Event& e : d->events) {
            needs.add_text(e.name);
            needs.add_text(e.city);
            needs.add_text(e.note);
        }
        for (const Commitment& c : d->commitments) {
            needs.add_text(c.official_title);
            needs.add_text(c.short_title);
            needs.add_text(c.summary);
            needs.add_text(c.completeness_note);
            needs.add_text(c.confidence_note);
            for (const std::string& doubt : c.open_doubts) needs.add_text(doubt);
            for (const StatedCount& sc : c.stated_counts) needs.add_text(sc.text);
        }
        for (const Action& a : d->actions) {
            needs.add_text(a.note);
            needs.add_text(a.date.note);
        }
    }
    needs.finish();
    return needs;
}

char32_t run_codepoint(std::string_view run, std::size_t index) {
    for (std::size_t at = 0; at < run.size();) {
        const Utf8Decoded d = decode_utf8(run, at);
        if (d.length == 0) break;
        if (is_right_to_left(d.cp)) return first_rtl_run_cp + static_cast<char32_t>(index);
        at += d.length;
    }
    return first_ltr_run_cp + static_cast<char32_t>(index);
}

bool is_rtl_run_codepoint(char32_t cp) { return cp >= first_rtl_run_cp && cp < first_rtl_run_cp + max_runs; }

std::string logical_text(const std::vector<std::string>& runs, std::string_view text) {
    if (runs.empty() || !has_shaped(text)) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (const Token& t : tokens(text)) {
        if (t.kind == TokenKind::ltr_run || t.kind == TokenKind::rtl_run) {
            const auto it = std::find(runs.begin(), runs.end(), t.text);
            if (it != runs.end()) {
                const auto index = static_cast<std::size_t>(it - runs.begin());
                append_utf8(out, run_codepoint(runs[index], index));
                continue;
            }
        }
        out += t.text;
    }
    return out;
}

std::string visual_line(std::string_view line) {
    // Each right-to-left run is one 3-byte character; a phrase is such characters joined by single spaces.
    struct Piece {
        std::string_view text;
        bool rtl;
    };
    std::vector<Piece> pieces;
    bool any_rtl = false;
    for (std::size_t at = 0; at < line.size();) {
        const Utf8Decoded d = decode_utf8(line, at);
        const std::size_t length = std::max<std::size_t>(d.length, 1);
        const bool rtl = d.length > 0 && is_rtl_run_codepoint(d.cp);
        any_rtl = any_rtl || rtl;
        pieces.push_back({line.substr(at, length), rtl});
        at += length;
    }
    if (!any_rtl) return std::string(line);
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < pieces.size();) {
        if (!pieces[i].rtl) {
            out += pieces[i++].text;
            continue;
        }
        std::size_t end = i + 1;
        while (end + 1 < pieces.size() && pieces[end].text == " " && pieces[end + 1].rtl) end += 2;
        for (std::size_t k = end; k-- > i;) out += pieces[k].text;
        i = end;
    }
    return out;
}

std::string shown_text(const std::vector<std::string>& runs, std::string_view text) { return visual_line(logical_text(runs, text)); }

std::string shown_text(const MapScene& scene, std::string_view text) { return shown_text(scene.glyph_runs, text); }

}  // namespace accord::scene
