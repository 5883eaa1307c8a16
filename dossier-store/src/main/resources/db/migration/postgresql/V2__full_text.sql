-- PostgreSQL's text search over headline and body, English stemming.
CREATE INDEX article_full_text ON article
    USING GIN (to_tsvector('english', title || ' ' || body));
