//! The baseline for page speed: a bare axum server answering `GET /` with a sign-in form
//! of about the size of Latchkey's, built with `format!`. `form-baseline ADDR`.

use axum::response::Html;

async fn page() -> Html<String> {
    let token = "x".repeat(43);
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in</title>\
         <link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main><h1>Sign in</h1>\
         <form method=\"post\" action=\"/\"><input type=\"hidden\" name=\"csrf\" value=\"{token}\">\
         <div class=\"field\"><label for=\"username\">Username</label><input id=\"username\" \
         name=\"username\" type=\"text\" autocomplete=\"username\"></div><div class=\"field\">\
         <label for=\"password\">Password</label><input id=\"password\" name=\"password\" \
         type=\"password\" autocomplete=\"current-password\"></div><button type=\"submit\">Sign \
         in</button><p><a href=\"/reset\">Forgot my password</a></p></form></main></body></html>"
    ))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:0".into());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("{}", listener.local_addr()?);
    axum::serve(
        listener,
        axum::Router::new().route("/", axum::routing::get(page)),
    )
    .await
}
