//! The seam between the store and its two engines: one API in rusqlite's
//! shape over a SQLite connection or a PostgreSQL client.
//!
//! SQL is written once, with `?1..?N` (or bare `?`) placeholders; on
//! PostgreSQL each statement's text is rewritten to `$1..$N` once and the
//! prepared statement kept per text. Values are bound through [`ToSql`]
//! and read through [`FromSql`], both implemented for the types the store
//! binds. On SQLite every call goes straight to rusqlite (one dynamic call
//! per bound value, none per column read).

use postgres::types::{IsNull, Type};
use std::cell::RefCell;
use std::collections::HashMap;

/// Which engine a [`super::Db`] runs on (for the few places whose SQL truly differs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineKind {
    Sqlite,
    Postgres,
}

pub(in crate::store) enum Engine {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Pg>),
}

/// A PostgreSQL client and its prepared statements, by their text as written.
pub(in crate::store) struct Pg {
    pub(in crate::store) client: RefCell<postgres::Client>,
    cache: RefCell<HashMap<String, postgres::Statement>>,
}

impl Pg {
    pub(in crate::store) fn new(client: postgres::Client) -> Pg {
        Pg { client: RefCell::new(client), cache: RefCell::new(HashMap::new()) }
    }

    fn statement(&self, sql: &str, cached: bool) -> Result<postgres::Statement> {
        if let Some(s) = self.cache.borrow().get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.borrow_mut().prepare(&to_dollars(sql))?;
        if cached {
            self.cache.borrow_mut().insert(sql.to_string(), s.clone());
        }
        Ok(s)
    }
}

/// `?1`, `?` placeholders as PostgreSQL's `$1`, outside quoted strings
/// and identifiers (a bare `?` takes the number after the last one).
pub fn to_dollars(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut quote: Option<char> = None;
    let mut next = 1usize;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                let n = if digits.is_empty() { next } else { digits.parse().unwrap_or(next) };
                next = n + 1;
                out.push('$');
                out.push_str(&n.to_string());
            }
            None => out.push(c),
        }
    }
    out
}

/// What went wrong in the database, as the store sees it; `error.rs`
/// turns it into words (never the engine's raw message).
#[derive(Debug)]
pub enum Error {
    Sqlite(rusqlite::Error),
    Postgres(postgres::Error),
    /// `query_row` found no row (see [`OptionalExtension`]).
    NoRows,
    /// A column's value is not of the type or the set of values asked for.
    Conversion {
        index: usize,
        what: String,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Sqlite(e) => write!(f, "{e}"),
            Error::Postgres(e) => write!(f, "{e}"),
            Error::NoRows => write!(f, "query returned no rows"),
            Error::Conversion { index, what } => write!(f, "column {index}: unexpected {what}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Sqlite(e) => Some(e),
            Error::Postgres(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRows,
            e => Error::Sqlite(e),
        }
    }
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        Error::Postgres(e)
    }
}

impl Error {
    /// A value read that the schema would not allow (`what` names it).
    pub fn conversion(index: usize, what: impl Into<String>) -> Error {
        Error::Conversion { index, what: what.into() }
    }
}

/// `query_row(...).optional()`: no row is `None`, as in rusqlite.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

// ---------------------------------------------------------------- binding

/// A value PostgreSQL is handed: converted to the parameter's type as the
/// server inferred it (an integer bound where the column is INT4 or
/// DOUBLE PRECISION is written as one), as SQLite's loose typing would.
#[derive(Debug, Clone, Copy)]
pub enum PgParam<'a> {
    Null,
    Int(i64),
    Float(f64),
    Bool(bool),
    Text(&'a str),
    Bytes(&'a [u8]),
}

/// A value the store binds, on either engine.
pub trait ToSql {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>>;
    fn pg(&self) -> PgParam<'_>;
}

macro_rules! to_sql_int {
    ($($t:ty),*) => {$(
        impl ToSql for $t {
            fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> { rusqlite::ToSql::to_sql(self) }
            fn pg(&self) -> PgParam<'_> { PgParam::Int(*self as i64) }
        }
    )*};
}
to_sql_int!(i64, i32, u32, i16, u8);

impl ToSql for f64 {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgParam<'_> {
        PgParam::Float(*self)
    }
}

impl ToSql for bool {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgParam<'_> {
        PgParam::Bool(*self)
    }
}

impl ToSql for str {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgParam<'_> {
        PgParam::Text(self)
    }
}

impl ToSql for String {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgParam<'_> {
        PgParam::Text(self)
    }
}

impl ToSql for [u8] {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgParam<'_> {
        PgParam::Bytes(self)
    }
}

impl ToSql for Vec<u8> {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgParam<'_> {
        PgParam::Bytes(self)
    }
}

impl<T: ToSql + rusqlite::ToSql> ToSql for Option<T> {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgParam<'_> {
        self.as_ref().map_or(PgParam::Null, ToSql::pg)
    }
}

impl<T: ToSql + ?Sized> ToSql for &T {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        (**self).as_sqlite()
    }
    fn pg(&self) -> PgParam<'_> {
        (**self).pg()
    }
}

/// A value built at run time (lists of filters), as rusqlite's `Value`.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl ToSql for Value {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        rusqlite::ToSql::to_sql(self)
    }
    fn pg(&self) -> PgParam<'_> {
        match self {
            Value::Null => PgParam::Null,
            Value::Integer(i) => PgParam::Int(*i),
            Value::Real(f) => PgParam::Float(*f),
            Value::Text(t) => PgParam::Text(t),
            Value::Blob(b) => PgParam::Bytes(b),
        }
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef as V};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => V::Null,
            Value::Integer(i) => V::Integer(*i),
            Value::Real(f) => V::Real(*f),
            Value::Text(t) => V::Text(t.as_bytes()),
            Value::Blob(b) => V::Blob(b),
        }))
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Integer(v)
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(v.to_string())
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

impl postgres::types::ToSql for PgParam<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::ToSql as P;
        let wrong = || -> Box<dyn std::error::Error + Sync + Send> {
            format!("cannot bind {self:?} as a PostgreSQL {ty}").into()
        };
        match *self {
            PgParam::Null => Ok(IsNull::Yes),
            PgParam::Int(i) => match *ty {
                Type::INT8 => P::to_sql(&i, ty, out),
                Type::INT4 => P::to_sql(&i32::try_from(i)?, ty, out),
                Type::INT2 => P::to_sql(&i16::try_from(i)?, ty, out),
                Type::FLOAT8 => P::to_sql(&(i as f64), ty, out),
                Type::FLOAT4 => P::to_sql(&(i as f32), ty, out),
                Type::BOOL => P::to_sql(&(i != 0), ty, out),
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    P::to_sql(&i.to_string(), ty, out)
                }
                _ => Err(wrong()),
            },
            PgParam::Float(f) => match *ty {
                Type::FLOAT8 => P::to_sql(&f, ty, out),
                Type::FLOAT4 => P::to_sql(&(f as f32), ty, out),
                Type::TEXT | Type::VARCHAR | Type::UNKNOWN => P::to_sql(&f.to_string(), ty, out),
                _ => Err(wrong()),
            },
            PgParam::Bool(b) => match *ty {
                Type::BOOL => P::to_sql(&b, ty, out),
                Type::INT8 => P::to_sql(&(b as i64), ty, out),
                Type::INT4 => P::to_sql(&(b as i32), ty, out),
                Type::INT2 => P::to_sql(&(b as i16), ty, out),
                _ => Err(wrong()),
            },
            PgParam::Text(t) => match *ty {
                Type::BYTEA => P::to_sql(&t.as_bytes(), ty, out),
                Type::INT8 | Type::INT4 | Type::INT2 | Type::FLOAT8 | Type::BOOL => Err(wrong()),
                _ => P::to_sql(&t, &Type::TEXT, out),
            },
            PgParam::Bytes(b) => match *ty {
                Type::BYTEA => P::to_sql(&b, ty, out),
                _ => P::to_sql(&std::str::from_utf8(b)?, &Type::TEXT, out),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// The parameters of one statement (`params![..]`, `[a, b]`, `[]`,
/// [`params_from_iter`]).
pub trait Params {
    fn with<R>(&self, f: &mut dyn FnMut(&[&dyn ToSql]) -> R) -> R;
}

impl Params for [&dyn ToSql; 0] {
    fn with<R>(&self, f: &mut dyn FnMut(&[&dyn ToSql]) -> R) -> R {
        f(&[])
    }
}

impl Params for &[&dyn ToSql] {
    fn with<R>(&self, f: &mut dyn FnMut(&[&dyn ToSql]) -> R) -> R {
        f(self)
    }
}

macro_rules! params_for_arrays {
    ($($n:literal)*) => {$(
        impl<T: ToSql> Params for [T; $n] {
            fn with<R>(&self, f: &mut dyn FnMut(&[&dyn ToSql]) -> R) -> R {
                let refs: [&dyn ToSql; $n] = self.each_ref().map(|v| v as &dyn ToSql);
                f(&refs)
            }
        }
    )*};
}
params_for_arrays!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);

/// Parameters made at run time, as rusqlite's `params_from_iter`.
pub struct ParamsFromIter<T>(Vec<T>);

pub fn params_from_iter<T: ToSql, I: IntoIterator<Item = T>>(iter: I) -> ParamsFromIter<T> {
    ParamsFromIter(iter.into_iter().collect())
}

impl<T: ToSql> Params for ParamsFromIter<T> {
    fn with<R>(&self, f: &mut dyn FnMut(&[&dyn ToSql]) -> R) -> R {
        let refs: Vec<&dyn ToSql> = self.0.iter().map(|v| v as &dyn ToSql).collect();
        f(&refs)
    }
}

/// rusqlite's `params!`: a list of values of mixed types.
macro_rules! params {
    () => { &[] as &[&dyn $crate::store::sql::ToSql] };
    ($($v:expr),+ $(,)?) => { &[$(&$v as &dyn $crate::store::sql::ToSql),+] as &[&dyn $crate::store::sql::ToSql] };
}
pub(crate) use params;

fn pg_params<'a>(binds: &'a [&'a dyn ToSql]) -> Vec<PgParam<'a>> {
    binds.iter().map(|b| b.pg()).collect()
}

fn pg_refs<'a>(values: &'a [PgParam<'a>]) -> Vec<&'a (dyn postgres::types::ToSql + Sync)> {
    values.iter().map(|v| v as &(dyn postgres::types::ToSql + Sync)).collect()
}

// ---------------------------------------------------------------- reading

/// One column's value, borrowed from its row (rusqlite's `ValueRef`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueRef<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a [u8]),
    Blob(&'a [u8]),
}

impl<'a> ValueRef<'a> {
    pub fn as_str(&self) -> Result<&'a str> {
        match *self {
            ValueRef::Text(t) => std::str::from_utf8(t).map_err(|_| Error::conversion(0, "text that is not UTF-8")),
            _ => Err(Error::conversion(0, "value where text was expected")),
        }
    }

    pub fn as_str_or_null(&self) -> Result<Option<&'a str>> {
        match *self {
            ValueRef::Null => Ok(None),
            _ => self.as_str().map(Some),
        }
    }
}

impl<'a> From<rusqlite::types::ValueRef<'a>> for ValueRef<'a> {
    fn from(v: rusqlite::types::ValueRef<'a>) -> Self {
        use rusqlite::types::ValueRef as V;
        match v {
            V::Null => ValueRef::Null,
            V::Integer(i) => ValueRef::Integer(i),
            V::Real(f) => ValueRef::Real(f),
            V::Text(t) => ValueRef::Text(t),
            V::Blob(b) => ValueRef::Blob(b),
        }
    }
}

/// A PostgreSQL column read whatever its type, to be converted as SQLite's
/// values are (a BIGINT or an INT4 to an `i64`, a BOOLEAN to 0 or 1).
impl<'a> postgres::types::FromSql<'a> for ValueRef<'a> {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(match *ty {
            Type::INT8 => ValueRef::Integer(i64::from_sql(ty, raw)?),
            Type::INT4 => ValueRef::Integer(i32::from_sql(ty, raw)? as i64),
            Type::INT2 => ValueRef::Integer(i16::from_sql(ty, raw)? as i64),
            Type::OID => ValueRef::Integer(u32::from_sql(ty, raw)? as i64),
            Type::BOOL => ValueRef::Integer(bool::from_sql(ty, raw)? as i64),
            Type::FLOAT8 => ValueRef::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => ValueRef::Real(f32::from_sql(ty, raw)? as f64),
            Type::BYTEA => ValueRef::Blob(raw),
            // sum() and avg() of integers are NUMERIC: read as SQLite would.
            Type::NUMERIC => numeric(raw)?,
            // TEXT, VARCHAR, NAME, BPCHAR, and whatever else travels as text.
            _ => ValueRef::Text(raw),
        })
    }

    fn from_sql_null(_: &Type) -> std::result::Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(ValueRef::Null)
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// PostgreSQL's binary NUMERIC (base-10000 digits) as an integer when it
/// has no fraction and fits, else as a float.
fn numeric(raw: &[u8]) -> std::result::Result<ValueRef<'static>, Box<dyn std::error::Error + Sync + Send>> {
    let word = |i: usize| -> std::result::Result<u16, Box<dyn std::error::Error + Sync + Send>> {
        Ok(u16::from_be_bytes([*raw.get(i).ok_or("short numeric")?, *raw.get(i + 1).ok_or("short numeric")?]))
    };
    let (ndigits, weight, sign, dscale) = (word(0)? as usize, word(2)? as i16, word(4)?, word(6)?);
    if sign == 0xC000 {
        return Ok(ValueRef::Real(f64::NAN));
    }
    let mut int: Option<i64> = Some(0);
    let mut float = 0.0f64;
    for i in 0..ndigits {
        let d = word(8 + 2 * i)?;
        let power = weight as i32 - i as i32;
        float += d as f64 * 10000f64.powi(power);
        int = match (int, power >= 0) {
            (Some(n), true) => 10000i64
                .checked_pow(power as u32)
                .and_then(|p| (d as i64).checked_mul(p))
                .and_then(|v| n.checked_add(v)),
            (_, false) if d != 0 => None,
            (n, _) => n,
        };
    }
    let negative = sign == 0x4000;
    Ok(match int {
        Some(n) if dscale == 0 => ValueRef::Integer(if negative { -n } else { n }),
        _ => ValueRef::Real(if negative { -float } else { float }),
    })
}

/// A type the store reads from a column, on either engine.
pub trait FromSql: rusqlite::types::FromSql {
    fn from_value(v: ValueRef<'_>, index: usize) -> Result<Self>;
}

fn wrong_type<T>(index: usize, v: ValueRef<'_>, want: &str) -> Result<T> {
    Err(Error::conversion(index, format!("{v:?} where {want} was expected")))
}

macro_rules! from_sql_int {
    ($($t:ty),*) => {$(
        impl FromSql for $t {
            fn from_value(v: ValueRef<'_>, index: usize) -> Result<Self> {
                match v {
                    ValueRef::Integer(i) => <$t>::try_from(i).or_else(|_| wrong_type(index, v, stringify!($t))),
                    _ => wrong_type(index, v, "an integer"),
                }
            }
        }
    )*};
}
from_sql_int!(i64, i32, u32, i16, u8);

impl FromSql for f64 {
    fn from_value(v: ValueRef<'_>, index: usize) -> Result<Self> {
        match v {
            ValueRef::Real(f) => Ok(f),
            ValueRef::Integer(i) => Ok(i as f64),
            _ => wrong_type(index, v, "a number"),
        }
    }
}

impl FromSql for bool {
    fn from_value(v: ValueRef<'_>, index: usize) -> Result<Self> {
        match v {
            ValueRef::Integer(i) => Ok(i != 0),
            _ => wrong_type(index, v, "a boolean"),
        }
    }
}

impl FromSql for String {
    fn from_value(v: ValueRef<'_>, index: usize) -> Result<Self> {
        match v {
            ValueRef::Text(t) => String::from_utf8(t.to_vec()).or_else(|_| wrong_type(index, v, "UTF-8 text")),
            _ => wrong_type(index, v, "text"),
        }
    }
}

impl FromSql for Vec<u8> {
    fn from_value(v: ValueRef<'_>, index: usize) -> Result<Self> {
        match v {
            ValueRef::Blob(b) | ValueRef::Text(b) => Ok(b.to_vec()),
            _ => wrong_type(index, v, "bytes"),
        }
    }
}

impl<T: FromSql> FromSql for Option<T> {
    fn from_value(v: ValueRef<'_>, index: usize) -> Result<Self> {
        match v {
            ValueRef::Null => Ok(None),
            v => T::from_value(v, index).map(Some),
        }
    }
}

/// A column named by its position (as every read of the store does).
pub trait RowIndex: Copy {
    fn index(self) -> usize;
}

impl RowIndex for usize {
    fn index(self) -> usize {
        self
    }
}

/// One row of a result, on either engine.
#[derive(Clone, Copy)]
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r postgres::Row),
}

impl<'r> Row<'r> {
    #[inline]
    pub fn get<I: RowIndex, T: FromSql>(&self, i: I) -> Result<T> {
        match self {
            Row::Sqlite(r) => Ok(r.get(i.index())?),
            Row::Postgres(r) => T::from_value(r.try_get::<_, ValueRef>(i.index())?, i.index()),
        }
    }

    #[inline]
    pub fn get_ref<I: RowIndex>(&self, i: I) -> Result<ValueRef<'r>> {
        match *self {
            Row::Sqlite(r) => Ok(r.get_ref(i.index())?.into()),
            Row::Postgres(r) => Ok(r.try_get::<_, ValueRef>(i.index())?),
        }
    }
}

/// The rows of a query, read one at a time (`while let Some(r) = rows.next()?`).
pub struct Rows<'s>(RowsInner<'s>);

enum RowsInner<'s> {
    Sqlite(rusqlite::Rows<'s>),
    Postgres { rows: std::vec::IntoIter<postgres::Row>, current: Option<postgres::Row> },
}

impl Rows<'_> {
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match &mut self.0 {
            RowsInner::Sqlite(rows) => Ok(rows.next()?.map(Row::Sqlite)),
            RowsInner::Postgres { rows, current } => {
                *current = rows.next();
                Ok(current.as_ref().map(Row::Postgres))
            }
        }
    }
}

/// The rows of a query, each through a function (rusqlite's `MappedRows`).
pub struct MappedRows<'s, F> {
    rows: Rows<'s>,
    f: F,
}

impl<T, F: FnMut(&Row<'_>) -> Result<T>> Iterator for MappedRows<'_, F> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        match self.rows.next() {
            Ok(Some(r)) => Some((self.f)(&r)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

/// A prepared statement, on either engine.
pub struct Statement<'c>(StmtInner<'c>);

enum StmtInner<'c> {
    Sqlite(rusqlite::Statement<'c>),
    SqliteCached(rusqlite::CachedStatement<'c>),
    Postgres { pg: &'c Pg, stmt: postgres::Statement, bound: Vec<Value> },
}

fn bind_sqlite(s: &mut rusqlite::Statement<'_>, binds: &[&dyn ToSql]) -> Result<()> {
    if binds.len() != s.parameter_count() {
        return Err(Error::Sqlite(rusqlite::Error::InvalidParameterCount(binds.len(), s.parameter_count())));
    }
    for (i, b) in binds.iter().enumerate() {
        s.raw_bind_parameter(i + 1, b.as_sqlite()?)?;
    }
    Ok(())
}

impl Pg {
    fn run_query(&self, stmt: &postgres::Statement, binds: &[&dyn ToSql]) -> Result<Vec<postgres::Row>> {
        let values = pg_params(binds);
        Ok(self.client.borrow_mut().query(stmt, &pg_refs(&values))?)
    }

    fn run_execute(&self, stmt: &postgres::Statement, binds: &[&dyn ToSql]) -> Result<usize> {
        let values = pg_params(binds);
        Ok(self.client.borrow_mut().execute(stmt, &pg_refs(&values))? as usize)
    }
}

impl<'c> Statement<'c> {
    fn sqlite(&mut self) -> Option<&mut rusqlite::Statement<'c>> {
        match &mut self.0 {
            StmtInner::Sqlite(s) => Some(s),
            StmtInner::SqliteCached(s) => Some(s),
            StmtInner::Postgres { .. } => None,
        }
    }

    pub fn execute<P: Params>(&mut self, p: P) -> Result<usize> {
        if let Some(s) = self.sqlite() {
            p.with(&mut |b| bind_sqlite(s, b))?;
            return Ok(s.raw_execute()?);
        }
        let StmtInner::Postgres { pg, stmt, .. } = &self.0 else { unreachable!() };
        p.with(&mut |b| pg.run_execute(stmt, b))
    }

    pub fn query<P: Params>(&mut self, p: P) -> Result<Rows<'_>> {
        if let StmtInner::Postgres { pg, stmt, .. } = &self.0 {
            let rows = p.with(&mut |b| pg.run_query(stmt, b))?;
            return Ok(Rows(RowsInner::Postgres { rows: rows.into_iter(), current: None }));
        }
        let s = self.sqlite().expect("a SQLite statement");
        p.with(&mut |b| bind_sqlite(s, b))?;
        Ok(Rows(RowsInner::Sqlite(s.raw_query())))
    }

    pub fn query_map<T, P: Params, F: FnMut(&Row<'_>) -> Result<T>>(
        &mut self,
        p: P,
        f: F,
    ) -> Result<MappedRows<'_, F>> {
        Ok(MappedRows { rows: self.query(p)?, f })
    }

    pub fn query_row<T, P: Params, F: FnOnce(&Row<'_>) -> Result<T>>(&mut self, p: P, f: F) -> Result<T> {
        let mut rows = self.query(p)?;
        match rows.next()? {
            Some(r) => f(&r),
            None => Err(Error::NoRows),
        }
    }

    /// Bind one parameter (1-based) for [`Statement::raw_execute`]: the
    /// bulk paths bind each value where it is, without a list.
    pub fn raw_bind_parameter<T: ToSql>(&mut self, one_based: usize, v: T) -> Result<()> {
        match &mut self.0 {
            StmtInner::Sqlite(s) => s.raw_bind_parameter(one_based, v.as_sqlite()?)?,
            StmtInner::SqliteCached(s) => s.raw_bind_parameter(one_based, v.as_sqlite()?)?,
            StmtInner::Postgres { bound, stmt, .. } => {
                if bound.len() < stmt.params().len() {
                    bound.resize(stmt.params().len(), Value::Null);
                }
                let value = match v.pg() {
                    PgParam::Null => Value::Null,
                    PgParam::Int(i) => Value::Integer(i),
                    PgParam::Float(f) => Value::Real(f),
                    PgParam::Bool(b) => Value::Integer(b as i64),
                    PgParam::Text(t) => Value::Text(t.to_string()),
                    PgParam::Bytes(b) => Value::Blob(b.to_vec()),
                };
                if let Some(slot) = bound.get_mut(one_based.wrapping_sub(1)) {
                    *slot = value;
                }
            }
        }
        Ok(())
    }

    /// Query with the parameters bound one by one.
    pub fn raw_query(&mut self) -> Result<Rows<'_>> {
        if let StmtInner::Postgres { pg, stmt, bound } = &self.0 {
            let refs: Vec<&dyn ToSql> = bound.iter().map(|v| v as &dyn ToSql).collect();
            let rows = pg.run_query(stmt, &refs)?;
            return Ok(Rows(RowsInner::Postgres { rows: rows.into_iter(), current: None }));
        }
        Ok(Rows(RowsInner::Sqlite(self.sqlite().expect("a SQLite statement").raw_query())))
    }

    /// Run with the parameters bound one by one.
    pub fn raw_execute(&mut self) -> Result<usize> {
        match &mut self.0 {
            StmtInner::Sqlite(s) => Ok(s.raw_execute()?),
            StmtInner::SqliteCached(s) => Ok(s.raw_execute()?),
            StmtInner::Postgres { pg, stmt, bound } => {
                let refs: Vec<&dyn ToSql> = bound.iter().map(|v| v as &dyn ToSql).collect();
                pg.run_execute(stmt, &refs)
            }
        }
    }
}

impl super::Db {
    pub fn engine(&self) -> EngineKind {
        match self.engine {
            Engine::Sqlite(_) => EngineKind::Sqlite,
            Engine::Postgres(_) => EngineKind::Postgres,
        }
    }

    /// The SQLite connection, for what only SQLite has (pragmas, a second
    /// connection, `VACUUM INTO`); `None` on PostgreSQL.
    pub(in crate::store) fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match &self.engine {
            Engine::Sqlite(c) => Some(c),
            Engine::Postgres(_) => None,
        }
    }

    pub fn prepare(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(Statement(match &self.engine {
            Engine::Sqlite(c) => StmtInner::Sqlite(c.prepare(sql)?),
            Engine::Postgres(pg) => StmtInner::Postgres { pg, stmt: pg.statement(sql, false)?, bound: Vec::new() },
        }))
    }

    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(Statement(match &self.engine {
            Engine::Sqlite(c) => StmtInner::SqliteCached(c.prepare_cached(sql)?),
            Engine::Postgres(pg) => StmtInner::Postgres { pg, stmt: pg.statement(sql, true)?, bound: Vec::new() },
        }))
    }

    pub fn execute<P: Params>(&self, sql: &str, p: P) -> Result<usize> {
        self.prepare(sql)?.execute(p)
    }

    pub fn query_row<T, P: Params, F: FnOnce(&Row<'_>) -> Result<T>>(&self, sql: &str, p: P, f: F) -> Result<T> {
        self.prepare(sql)?.query_row(p, f)
    }

    /// The row, if there is one.
    pub fn query_opt<T, P: Params, F: FnOnce(&Row<'_>) -> Result<T>>(
        &self,
        sql: &str,
        p: P,
        f: F,
    ) -> Result<Option<T>> {
        self.query_row(sql, p, f).optional()
    }

    /// `group_concat(expr, sep)`, PostgreSQL's `string_agg` (`order` is
    /// the ORDER BY inside it there; SQLite takes the order of the rows).
    pub(in crate::store) fn group_concat(&self, expr: &str, sep: &str, order: &str) -> String {
        match self.engine() {
            EngineKind::Sqlite => format!("group_concat({expr}, {sep})"),
            EngineKind::Postgres => format!("string_agg({expr}, {sep} ORDER BY {order})"),
        }
    }

    /// `expr` compared without regard to ASCII case: SQLite's NOCASE
    /// (which its indexes answer), `lower()` on PostgreSQL, in the "C"
    /// collation so that it folds ASCII only there too, whatever the
    /// database's locale (under a UTF-8 one, `lower('É')` is `é`).
    pub(in crate::store) fn nocase(&self, expr: &str) -> String {
        match self.engine() {
            EngineKind::Sqlite => format!("{expr} COLLATE NOCASE"),
            EngineKind::Postgres => format!("lower(({expr}) COLLATE \"C\")"),
        }
    }

    /// SQLite's `INDEXED BY` (PostgreSQL plans without a hint).
    pub(in crate::store) fn indexed_by(&self, index: &str) -> String {
        match self.engine() {
            EngineKind::Sqlite => format!("INDEXED BY {index}"),
            EngineKind::Postgres => String::new(),
        }
    }

    /// The newline character in SQL.
    pub(in crate::store) fn newline(&self) -> &'static str {
        match self.engine() {
            EngineKind::Sqlite => "char(10)",
            EngineKind::Postgres => "chr(10)",
        }
    }

    /// PostgreSQL's `COPY table (cols) FROM STDIN` in its binary format,
    /// inside the open transaction: `fill` hands each row to the
    /// [`CopyRows`] it is given, every value converted to its column's type
    /// exactly as an INSERT's parameters are (the types are the ones the
    /// server infers for `INSERT INTO table (cols) VALUES (…)`). One
    /// statement for any number of rows: statement-level triggers fire
    /// once, with every row in their transition table. `fill` must not use
    /// this database (the connection is busy copying). Returns the rows
    /// copied; on SQLite, `None` (the caller inserts).
    pub(in crate::store) fn copy_in(
        &self,
        table: &str,
        cols: &[&str],
        fill: &mut dyn FnMut(&mut CopyRows<'_, '_>) -> Result<()>,
    ) -> Result<Option<u64>> {
        let Engine::Postgres(pg) = &self.engine else { return Ok(None) };
        let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
        let insert = format!("INSERT INTO {table} ({}) VALUES ({})", cols.join(", "), marks.join(", "));
        let types = pg.statement(&insert, true)?.params().to_vec();
        let mut client = pg.client.borrow_mut();
        let sink = client.copy_in(&format!("COPY {table} ({}) FROM STDIN (FORMAT binary)", cols.join(", ")))?;
        let mut writer = postgres::binary_copy::BinaryCopyInWriter::new(sink, &types);
        // An error in `fill` drops the writer unfinished: the COPY is
        // abandoned, and with it the transaction.
        fill(&mut CopyRows { writer: &mut writer })?;
        Ok(Some(writer.finish()?))
    }

    /// Several statements, no parameters (schema changes, BEGIN/COMMIT).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.engine {
            Engine::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Engine::Postgres(pg) => Ok(pg.client.borrow_mut().batch_execute(sql)?),
        }
    }
}

/// The rows of a [`super::Db::copy_in`], written one by one.
pub(in crate::store) struct CopyRows<'w, 'c> {
    writer: &'w mut postgres::binary_copy::BinaryCopyInWriter<'c>,
}

impl CopyRows<'_, '_> {
    /// One row, its values in the order of the COPY's columns.
    pub fn row(&mut self, values: &[&dyn ToSql]) -> Result<()> {
        let values = pg_params(values);
        Ok(self.writer.write(&pg_refs(&values))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_dollars_outside_quotes() {
        assert_eq!(to_dollars("SELECT ?1, ?2 WHERE a = ?1"), "SELECT $1, $2 WHERE a = $1");
        assert_eq!(to_dollars("VALUES (?, ?), (?, ?)"), "VALUES ($1, $2), ($3, $4)");
        assert_eq!(to_dollars("SELECT '?1', \"a?\" , ?12"), "SELECT '?1', \"a?\" , $12");
        assert_eq!(to_dollars("x = 'it''s ?' AND y = ?3"), "x = 'it''s ?' AND y = $3");
    }

    #[test]
    fn optional_turns_no_row_into_none_and_keeps_other_errors() {
        assert!(matches!(Err::<i64, _>(Error::NoRows).optional(), Ok(None)));
        assert!(matches!(Ok::<i64, Error>(3).optional(), Ok(Some(3))));
        assert!(Err::<i64, _>(Error::conversion(1, "x")).optional().is_err());
    }

    #[test]
    fn numerics_read_as_integers_or_floats() {
        // 123456789 = [1, 2345, 6789] with weight 2; -1.5 = [1, 5000] weight 0, scale 1.
        let n = [0u8, 3, 0, 2, 0, 0, 0, 0, 0, 1, 0x09, 0x29, 0x1a, 0x85];
        assert_eq!(numeric(&n).unwrap(), ValueRef::Integer(123_456_789));
        let f = [0u8, 2, 0, 0, 0x40, 0, 0, 1, 0, 1, 0x13, 0x88];
        assert_eq!(numeric(&f).unwrap(), ValueRef::Real(-1.5));
        let zero = [0u8, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(numeric(&zero).unwrap(), ValueRef::Integer(0));
    }

    #[test]
    fn values_read_convert_as_sqlite_would() {
        assert_eq!(i64::from_value(ValueRef::Integer(7), 0).unwrap(), 7);
        assert!(i32::from_value(ValueRef::Integer(i64::MAX), 0).is_err());
        assert_eq!(f64::from_value(ValueRef::Integer(2), 0).unwrap(), 2.0);
        assert!(bool::from_value(ValueRef::Integer(1), 0).unwrap());
        assert_eq!(Option::<String>::from_value(ValueRef::Null, 0).unwrap(), None);
        assert_eq!(String::from_value(ValueRef::Text(b"ab"), 0).unwrap(), "ab");
        assert!(i64::from_value(ValueRef::Null, 3).is_err());
    }
}
