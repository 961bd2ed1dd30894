//! The serve stage (SPEC.md stage 9): a local web page over the ledger (axum, loopback by
//! default) that a journalist can use without reading docs: events with filters (`/`), one
//! event's timeline of reports (`/event/ID`), an article with its actors and event triggers
//! highlighted and its records beside it (`/doc/ID`), the articles (`/documents`), and who
//! accuses whom (`/graph`). Pages are rendered on the server (`pages`); the little script there
//! is embedded with the layout (`data/web/`). Nothing is fetched from elsewhere.
//!
//! What it must not do: write to the ledger, or put stored text into a page unescaped.

mod entity_pages;
mod html;
mod pages;

use crate::query::Filter;
use crate::store::Ledger;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

/// Connections to the ledger, each used by one request at a time (SQLite in WAL mode lets
/// several read at once).
struct Pool {
    ledgers: Vec<Mutex<Ledger>>,
    next: std::sync::atomic::AtomicUsize,
}

impl Pool {
    /// A free connection if there is one, else the next in turn.
    fn with<T>(&self, f: impl FnOnce(&Ledger) -> T) -> T {
        let n = self.ledgers.len();
        let start = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        for k in 0..n {
            if let Ok(l) = self.ledgers[(start + k) % n].try_lock() {
                return f(&l);
            }
        }
        let l = self.ledgers[start % n].lock().unwrap_or_else(|p| p.into_inner());
        f(&l)
    }
}

type Shared = Arc<Pool>;

/// The filter form's fields; empty fields do not filter.
#[derive(Debug, Default, Deserialize)]
pub struct Params {
    actor: Option<String>,
    target: Option<String>,
    country: Option<String>,
    kind: Option<String>,
    status: Option<String>,
    since: Option<String>,
    until: Option<String>,
    text: Option<String>,
    limit: Option<usize>,
}

/// How many events a list shows unless asked.
const LIST_LIMIT: usize = 200;

impl Params {
    fn filter(self) -> Filter {
        let f = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Filter {
            actor: f(self.actor),
            target: f(self.target),
            country: f(self.country),
            kind: f(self.kind),
            status: f(self.status),
            since: f(self.since),
            until: f(self.until),
            text: f(self.text),
            document: None,
            event: None,
            limit: self.limit.unwrap_or(LIST_LIMIT).min(10_000),
        }
    }
}

/// The router over connections to one ledger (at least one).
pub fn router(ledgers: Vec<Ledger>) -> Router {
    let shared: Shared = Arc::new(Pool {
        ledgers: ledgers.into_iter().map(Mutex::new).collect(),
        next: Default::default(),
    });
    Router::new()
        .route("/", get(list))
        .route("/event/:id", get(event))
        .route("/doc/:id", get(document))
        .route("/documents", get(documents))
        .route("/graph", get(graph))
        .route("/entities", get(entities))
        .route("/entity/:id", get(entity))
        .fallback(|| async { not_found() })
        .with_state(shared)
}

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        Html(html::page("Not found", "<h1>Not found</h1>")),
    )
        .into_response()
}

/// Runs `render` on the ledger off the async threads; a ledger error is a 500 page.
async fn with_ledger(
    s: Shared,
    render: impl FnOnce(&Ledger) -> crate::store::Result<Option<String>> + Send + 'static,
) -> Response {
    let done = tokio::task::spawn_blocking(move || s.with(render)).await;
    match done {
        Ok(Ok(Some(page))) => Html(page).into_response(),
        Ok(Ok(None)) => not_found(),
        Ok(Err(e)) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            Html(html::page(
                "Error",
                &format!("<h1>Error</h1><p>{}</p>", html::esc(&e.to_string())),
            )),
        )
            .into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

async fn list(State(s): State<Shared>, Query(p): Query<Params>) -> Response {
    let f = p.filter();
    with_ledger(s, move |l| pages::events(l, &f).map(Some)).await
}

async fn event(State(s): State<Shared>, Path(id): Path<i64>) -> Response {
    with_ledger(s, move |l| pages::event(l, id)).await
}

async fn document(State(s): State<Shared>, Path(id): Path<String>) -> Response {
    with_ledger(s, move |l| pages::document(l, &id)).await
}

async fn documents(State(s): State<Shared>) -> Response {
    with_ledger(s, move |l| pages::documents(l).map(Some)).await
}

async fn graph(State(s): State<Shared>) -> Response {
    with_ledger(s, move |l| pages::graph(l).map(Some)).await
}

async fn entities(State(s): State<Shared>) -> Response {
    with_ledger(s, move |l| entity_pages::entities(l).map(Some)).await
}

async fn entity(State(s): State<Shared>, Path(id): Path<i64>) -> Response {
    with_ledger(s, move |l| entity_pages::entity(l, id)).await
}

/// Serves the ledger at `path` on `addr` until the process ends, with one connection per core;
/// `ready` is called with the bound address (port 0 picks a free one).
pub fn serve(path: &std::path::Path, addr: SocketAddr, ready: impl FnOnce(SocketAddr)) -> Result<(), ServeError> {
    let n = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 8);
    let ledgers = (0..n).map(|_| Ledger::open(path)).collect::<Result<Vec<_>, _>>()?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        ready(listener.local_addr()?);
        axum::serve(listener, router(ledgers)).await
    })?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{0}")]
    Ledger(#[from] crate::store::LedgerError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}
