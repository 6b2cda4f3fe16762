/** The signed-in member as pages, actions and routes see her. */
export interface CurrentUser {
  id: string;
  email: string;
}
