declare namespace App {
  interface Locals {
    /** Source ids in citation order for the article being rendered (see lib/article-text). */
    citations?: string[];
  }
}
