fn main() {
    watchfloor::start();
}
