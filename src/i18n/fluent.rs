//! A small run-time formatter for the subset of Fluent that Watchfloor's
//! catalogues use: messages (single or multi-line), comments, variable
//! placeables `{ $x }` and selects `{ $x -> [one] … *[other] … }`.
//!
//! Why not `fluent-bundle` at run time: with its parser, language
//! negotiation tables and plural tables it adds ~58 KB brotli to the wasm,
//! past the 250 KB budget. The catalogues stay plain Fluent: host tests parse
//! them with the reference parser (`fluent-syntax`) and check that this
//! formatter gives exactly what `fluent-bundle` gives, for every message of
//! every locale.

use std::collections::HashMap;

/// First strong isolate and pop directional isolate, around placeables.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

#[derive(Debug, Clone, PartialEq)]
enum Element {
    Text(String),
    Variable(String),
    Select {
        variable: String,
        variants: Vec<(String, Pattern)>,
        default: usize,
    },
}

type Pattern = Vec<Element>;

/// How numbers are selected on and written.
pub struct Rules<'a> {
    pub plural: &'a dyn Fn(f64) -> &'static str,
    pub number: &'a dyn Fn(f64) -> String,
}

/// A value passed to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(f64),
    Text(String),
}

#[derive(Debug, Default)]
pub struct Messages {
    messages: HashMap<String, Pattern>,
}

impl Messages {
    /// Parses a catalogue; anything outside the subset is an error naming
    /// its line.
    pub fn parse(source: &str) -> Result<Messages, Vec<String>> {
        let mut messages = HashMap::new();
        let mut errors = Vec::new();
        let lines: Vec<&str> = source.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            if line.trim().is_empty() || line.starts_with('#') {
                i += 1;
                continue;
            }
            let Some((id, first)) = line
                .split_once('=')
                .filter(|(id, _)| is_identifier(id.trim_end()))
            else {
                errors.push(format!("line {}: expected `id = value`", i + 1));
                i += 1;
                continue;
            };
            let start = i + 1;
            let mut body = first.trim_start().to_string();
            i += 1;
            while i < lines.len() && (continues(lines[i]) || lines[i].trim().is_empty()) {
                if !lines[i].trim().is_empty()
                    || lines[i + 1..]
                        .iter()
                        .find(|l| !l.trim().is_empty())
                        .is_some_and(|l| continues(l))
                {
                    body.push('\n');
                    body.push_str(lines[i].trim());
                }
                i += 1;
            }
            match parse_pattern(body.trim(), &mut 0, false) {
                Ok(pattern) => {
                    if messages
                        .insert(id.trim_end().to_string(), pattern)
                        .is_some()
                    {
                        errors.push(format!(
                            "line {start}: `{}` is defined twice",
                            id.trim_end()
                        ));
                    }
                }
                Err(e) => errors.push(format!("line {start}: {e}")),
            }
        }
        if errors.is_empty() {
            Ok(Messages { messages })
        } else {
            Err(errors)
        }
    }

    /// Formats a message; `plural` gives a number's plural category.
    pub fn format(&self, id: &str, args: &[(&str, Value)], rules: &Rules) -> Option<String> {
        let pattern = self.messages.get(id)?;
        let mut out = String::new();
        write_pattern(pattern, args, rules, &mut out);
        Some(out)
    }
}

/// A line that belongs to the message above: indented, or (as Fluent
/// allows at the start of a line) a `}`, `[` or `*[` of a select.
fn continues(line: &str) -> bool {
    line.starts_with(' ')
        || line.starts_with('}')
        || line.starts_with('[')
        || line.starts_with("*[")
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Parses text and placeables from `chars[*at..]`; inside a variant it stops
/// at the end of the line.
fn parse_pattern(text: &str, at: &mut usize, variant: bool) -> Result<Pattern, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut pattern = Vec::new();
    let mut literal = String::new();
    while *at < chars.len() {
        let c = chars[*at];
        if variant && c == '\n' {
            break;
        }
        if c == '}' {
            return Err("unbalanced `}`".into());
        }
        if c != '{' {
            literal.push(c);
            *at += 1;
            continue;
        }
        if !literal.is_empty() {
            pattern.push(Element::Text(std::mem::take(&mut literal)));
        }
        *at += 1;
        pattern.push(parse_placeable(&chars, at)?);
    }
    if !literal.is_empty() {
        pattern.push(Element::Text(if variant {
            literal.trim_end().to_string()
        } else {
            literal
        }));
    }
    Ok(pattern)
}

fn skip_blank(chars: &[char], at: &mut usize) {
    while *at < chars.len() && chars[*at].is_whitespace() {
        *at += 1;
    }
}

fn parse_placeable(chars: &[char], at: &mut usize) -> Result<Element, String> {
    skip_blank(chars, at);
    if chars.get(*at) != Some(&'$') {
        return Err("only `{ $variable }` placeables are supported".into());
    }
    *at += 1;
    let start = *at;
    while *at < chars.len()
        && (chars[*at].is_ascii_alphanumeric() || chars[*at] == '_' || chars[*at] == '-')
    {
        // `$x->` : the hyphen belongs to the arrow
        if chars[*at] == '-' && chars.get(*at + 1) == Some(&'>') {
            break;
        }
        *at += 1;
    }
    let variable: String = chars[start..*at].iter().collect();
    if variable.is_empty() {
        return Err("a `$` without a name".into());
    }
    skip_blank(chars, at);
    match chars.get(*at) {
        Some('}') => {
            *at += 1;
            Ok(Element::Variable(variable))
        }
        Some('-') if chars.get(*at + 1) == Some(&'>') => {
            *at += 2;
            parse_variants(chars, at, variable)
        }
        _ => Err(format!("expected `}}` or `->` after `${variable}`")),
    }
}

fn parse_variants(chars: &[char], at: &mut usize, variable: String) -> Result<Element, String> {
    let mut variants = Vec::new();
    let mut default = None;
    loop {
        skip_blank(chars, at);
        match chars.get(*at) {
            Some('}') => {
                *at += 1;
                break;
            }
            Some('*') => {
                default = Some(variants.len());
                *at += 1;
            }
            Some('[') => {}
            _ => {
                return Err(format!(
                    "expected a variant `[key]` in the select on `${variable}`"
                ))
            }
        }
        if chars.get(*at) != Some(&'[') {
            return Err("expected `[` after `*`".into());
        }
        let close = chars[*at..]
            .iter()
            .position(|c| *c == ']')
            .ok_or("a variant key without `]`")?;
        let key: String = chars[*at + 1..*at + close]
            .iter()
            .collect::<String>()
            .trim()
            .to_string();
        *at += close + 1;
        while *at < chars.len() && chars[*at] == ' ' {
            *at += 1;
        }
        // The variant's text, up to the end of its line.
        let rest: String = chars[*at..].iter().collect();
        let mut consumed = 0;
        let pattern = parse_pattern(&rest, &mut consumed, true)?;
        *at += consumed;
        variants.push((key, pattern));
    }
    let default = default
        .ok_or_else(|| format!("the select on `${variable}` has no default `*[...]` variant"))?;
    Ok(Element::Select {
        variable,
        variants,
        default,
    })
}

/// A number as Fluent writes it without locale formatting: `3`, `2.5`.
pub fn plain_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn write_pattern(pattern: &Pattern, args: &[(&str, Value)], rules: &Rules, out: &mut String) {
    let isolate = pattern.len() > 1;
    for element in pattern {
        match element {
            Element::Text(t) => out.push_str(t),
            Element::Variable(name) => {
                if isolate {
                    out.push(FSI);
                }
                match args.iter().find(|(n, _)| n == name).map(|(_, v)| v) {
                    Some(Value::Number(n)) => out.push_str(&(rules.number)(*n)),
                    Some(Value::Text(s)) => out.push_str(s),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                }
                if isolate {
                    out.push(PDI);
                }
            }
            Element::Select {
                variable,
                variants,
                default,
            } => {
                let chosen = match args.iter().find(|(n, _)| n == variable).map(|(_, v)| v) {
                    Some(Value::Number(n)) => {
                        let exact = plain_number(*n);
                        let category = (rules.plural)(*n);
                        variants
                            .iter()
                            .position(|(k, _)| *k == exact)
                            .or_else(|| variants.iter().position(|(k, _)| k == category))
                    }
                    Some(Value::Text(s)) => variants.iter().position(|(k, _)| k == s),
                    None => None,
                }
                .unwrap_or(*default);
                if isolate {
                    out.push(FSI);
                }
                write_pattern(&variants[chosen].1, args, rules, out);
                if isolate {
                    out.push(PDI);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en_plural(n: f64) -> &'static str {
        if n == 1.0 {
            "one"
        } else {
            "other"
        }
    }

    const EN: Rules = Rules {
        plural: &en_plural,
        number: &plain_number,
    };

    #[test]
    fn text_variables_and_selects() {
        let m = Messages::parse(
            "# comment\nhello = Hello, { $name }!\ncount = { $count ->\n    [one] { $count } case\n   *[other] { $count } cases\n}\nplain = Just text\n",
        )
        .unwrap();
        assert_eq!(
            m.format("hello", &[("name", Value::Text("Aoife".into()))], &EN)
                .unwrap(),
            "Hello, \u{2068}Aoife\u{2069}!"
        );
        assert_eq!(
            m.format("count", &[("count", Value::Number(1.0))], &EN)
                .unwrap(),
            "\u{2068}1\u{2069} case"
        );
        assert_eq!(
            m.format("count", &[("count", Value::Number(3.0))], &EN)
                .unwrap(),
            "\u{2068}3\u{2069} cases"
        );
        assert_eq!(m.format("plain", &[], &EN).unwrap(), "Just text");
        assert_eq!(
            m.format("hello", &[], &EN).unwrap(),
            "Hello, \u{2068}{$name}\u{2069}!"
        );
        assert_eq!(m.format("missing", &[], &EN), None);
    }

    #[test]
    fn exact_numbers_win_over_categories() {
        let m = Messages::parse("n = { $n ->\n [0] none\n [one] one\n *[other] many\n}\n").unwrap();
        assert_eq!(
            m.format("n", &[("n", Value::Number(0.0))], &EN).unwrap(),
            "none"
        );
        assert_eq!(
            m.format("n", &[("n", Value::Number(1.0))], &EN).unwrap(),
            "one"
        );
        assert_eq!(
            m.format("n", &[("n", Value::Number(7.0))], &EN).unwrap(),
            "many"
        );
    }

    #[test]
    fn numbers_are_written_by_the_given_formatter() {
        let m = Messages::parse("n = { $n } items\n").unwrap();
        let german = Rules {
            plural: &en_plural,
            number: &|n| format!("{n:.1}").replace('.', ","),
        };
        assert_eq!(
            m.format("n", &[("n", Value::Number(2.5))], &german)
                .unwrap(),
            "\u{2068}2,5\u{2069} items"
        );
        assert_eq!(plain_number(3.0), "3");
        assert_eq!(plain_number(2.5), "2.5");
    }

    #[test]
    fn what_is_outside_the_subset_is_an_error() {
        for bad in [
            "x = { -term }\n",
            "x = { $a ->\n [one] a\n}\n",
            "x = a }\n",
            "= nothing\n",
            "x = { $a\n",
            "x = 1\nx = 2\n",
        ] {
            assert!(Messages::parse(bad).is_err(), "{bad:?}");
        }
    }
}
